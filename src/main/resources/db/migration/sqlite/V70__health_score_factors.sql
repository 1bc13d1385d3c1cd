-- Each score factor's value (0-100) beside the day's score, so `account` can show how each factor moved
-- over 7 and 30 days. NULL on rows written before this migration: their factors were never kept.
ALTER TABLE health_score ADD COLUMN login_recency integer;
ALTER TABLE health_score ADD COLUMN activity_trend integer;
ALTER TABLE health_score ADD COLUMN feature_breadth integer;
ALTER TABLE health_score ADD COLUMN ticket_load integer;
ALTER TABLE health_score ADD COLUMN nps integer;
ALTER TABLE health_score ADD COLUMN payment_status integer;
ALTER TABLE health_score ADD COLUMN onboarding_progress integer;

-- Each score factor's value (0-100) beside the day's score, so `account` can show how each factor moved
-- over 7 and 30 days. NULL on rows written before this migration: their factors were never kept.
ALTER TABLE health_score ADD COLUMN login_recency smallint;
ALTER TABLE health_score ADD COLUMN activity_trend smallint;
ALTER TABLE health_score ADD COLUMN feature_breadth smallint;
ALTER TABLE health_score ADD COLUMN ticket_load smallint;
ALTER TABLE health_score ADD COLUMN nps smallint;
ALTER TABLE health_score ADD COLUMN payment_status smallint;
ALTER TABLE health_score ADD COLUMN onboarding_progress smallint;

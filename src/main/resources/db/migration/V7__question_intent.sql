-- The intent recognised in a question (cancel, downgrade, refund, billing-complaint), or NULL.
ALTER TABLE question ADD COLUMN intent TEXT;
-- The account the asker was mapped to, when any (Slack/Discord id, email domain or shared channel).
ALTER TABLE question ADD COLUMN account_id TEXT;

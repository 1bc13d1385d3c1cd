-- The intent recognised in a question (cancel, downgrade, refund, billing-complaint), or NULL.
ALTER TABLE question ADD COLUMN intent TEXT;
-- The account the asker was mapped to, when any (Slack/Discord id, email domain or shared channel).
ALTER TABLE question ADD COLUMN account_id TEXT;

-- A mapped customer asked something showing they may leave (cancel, downgrade, refund, billing
-- complaint): a signal on the account that the playbook rule cancel-intent reads.
CREATE TABLE cancel_intent (
    id INTEGER PRIMARY KEY,
    account_id TEXT NOT NULL,
    question_id INTEGER REFERENCES question(id),
    question TEXT NOT NULL,
    intent TEXT NOT NULL,
    -- seconds since the epoch (UTC), like the other signal tables
    asked_at INTEGER NOT NULL
);
CREATE INDEX cancel_intent_by_account ON cancel_intent(account_id, asked_at);

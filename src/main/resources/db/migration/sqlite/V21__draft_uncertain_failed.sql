-- Two more draft states: 'uncertain' (an SMTP delivery cut off after the message was handed over, or its
-- sender died: it may have been sent, so it waits for a person) and 'failed' (a delivery that can never work
-- as it is, or kept failing: only a person retries it). SQLite cannot change a CHECK constraint in place, so
-- the table is rebuilt: rows are copied aside, the table is dropped and created again under the same name
-- (draft_audit's foreign key names it, so it holds again), the rows come back, and its indexes are made again. Foreign keys are deferred
-- to the end of this migration's transaction, where every audit entry has its draft again.
PRAGMA defer_foreign_keys = ON;

CREATE TABLE outreach_draft_v21_copy AS SELECT * FROM outreach_draft;

DROP TABLE outreach_draft;

CREATE TABLE outreach_draft (
    id           TEXT    PRIMARY KEY,
    account_id   TEXT    NOT NULL,
    account_name TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    topic        TEXT    NOT NULL,
    language     TEXT    NOT NULL,
    recipient    TEXT    NOT NULL,
    risk_reason  TEXT    NOT NULL,
    subject      TEXT    NOT NULL,
    body         TEXT    NOT NULL,
    status       TEXT    NOT NULL CHECK (status IN
                 ('drafted', 'edited', 'approved', 'sending', 'sent', 'rejected', 'expired', 'uncertain', 'failed')),
    composed_by  TEXT    NOT NULL,
    created_by   TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    expires_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    message_id   TEXT    NOT NULL,
    claim_token  TEXT,
    claimed_at   TEXT,
    attempts     INTEGER NOT NULL DEFAULT 0,
    last_error   TEXT,
    sent_at      TEXT
);

INSERT INTO outreach_draft (id, account_id, account_name, kind, topic, language, recipient, risk_reason, subject,
                            body, status, composed_by, created_by, created_at, expires_at, updated_at, message_id,
                            claim_token, claimed_at, attempts, last_error, sent_at)
SELECT id, account_id, account_name, kind, topic, language, recipient, risk_reason, subject, body, status,
       composed_by, created_by, created_at, expires_at, updated_at, message_id, claim_token, claimed_at, attempts,
       last_error, sent_at
FROM outreach_draft_v21_copy;

DROP TABLE outreach_draft_v21_copy;

CREATE INDEX outreach_draft_status ON outreach_draft (status);
CREATE INDEX outreach_draft_account ON outreach_draft (account_id);
-- V9's rule, on the rebuilt table: at most one save-offer draft waiting per account.
CREATE UNIQUE INDEX outreach_draft_one_pending_save_offer ON outreach_draft (account_id)
    WHERE kind = 'save-offer' AND status IN ('drafted', 'edited', 'approved');

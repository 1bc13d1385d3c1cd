-- Outreach drafts and their review. A draft moves drafted → edited → approved → sending → sent, or to
-- rejected or expired. `sending` is the claim taken in the same IMMEDIATE transaction that checks the
-- draft is approved; claim_token and claimed_at let a restarted process take over a claim whose owner
-- died, and only then (see README, "exactly once").
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
                 ('drafted', 'edited', 'approved', 'sending', 'sent', 'rejected', 'expired')),
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
CREATE INDEX outreach_draft_status ON outreach_draft (status);
CREATE INDEX outreach_draft_account ON outreach_draft (account_id);

-- Every transition of every draft, appended in order, with the exact text at that moment (for `sent`,
-- the text that went out). Nothing in the product updates or deletes these rows; the triggers make
-- the database refuse it too.
CREATE TABLE draft_audit (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    draft_id    TEXT    NOT NULL REFERENCES outreach_draft (id),
    at          TEXT    NOT NULL,
    actor       TEXT    NOT NULL,
    platform    TEXT    NOT NULL,
    from_status TEXT,
    to_status   TEXT    NOT NULL,
    note        TEXT    NOT NULL DEFAULT '',
    recipient   TEXT    NOT NULL,
    subject     TEXT    NOT NULL,
    body        TEXT    NOT NULL,
    message_id  TEXT    NOT NULL
);
CREATE INDEX draft_audit_draft ON draft_audit (draft_id, id);

CREATE TRIGGER draft_audit_append_only_update BEFORE UPDATE ON draft_audit
BEGIN
    SELECT RAISE(ABORT, 'draft_audit is append-only: entries cannot be changed');
END;

CREATE TRIGGER draft_audit_append_only_delete BEFORE DELETE ON draft_audit
BEGIN
    SELECT RAISE(ABORT, 'draft_audit is append-only: entries cannot be deleted');
END;

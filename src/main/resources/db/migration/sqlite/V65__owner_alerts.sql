-- Account owners as chat users, and the alerts that reach them.
-- owner_identity: what a platform said about an address (user_id NULL: nobody has it there), cached so a
-- restart or another replica does not ask again; checked_at is epoch milliseconds.
CREATE TABLE owner_identity (
    platform   TEXT   NOT NULL,
    email      TEXT   NOT NULL,
    user_id    TEXT,
    checked_at BIGINT NOT NULL,
    PRIMARY KEY (platform, email)
);
CREATE INDEX owner_identity_user ON owner_identity (platform, user_id);
-- alert_preference: what each staff member chose with `alerts mine|team|all|off` (no row: mine).
CREATE TABLE alert_preference (
    platform   TEXT   NOT NULL,
    user_id    TEXT   NOT NULL,
    mode       TEXT   NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (platform, user_id)
);
-- owner_alert: one row per account, trigger and day, written with the job row that posts the alert, so
-- an alert is sent once whatever restarts and however many replicas evaluate the same day.
CREATE TABLE owner_alert (
    account_id TEXT   NOT NULL,
    trigger_id TEXT   NOT NULL,
    day        TEXT   NOT NULL,
    raised_at  BIGINT NOT NULL,
    PRIMARY KEY (account_id, trigger_id, day)
);

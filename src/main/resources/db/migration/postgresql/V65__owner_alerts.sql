-- Twin of SQLite's V65: account owners as chat users (owner_identity, user_id NULL when nobody has the
-- address), each person's alert choice (alert_preference) and one row per alert sent (owner_alert: account,
-- trigger, day, so it is sent once across restarts and replicas). Times are epoch milliseconds, days ISO text.
CREATE TABLE owner_identity (
    platform   text   NOT NULL,
    email      text   NOT NULL,
    user_id    text,
    checked_at bigint NOT NULL,
    PRIMARY KEY (platform, email)
);
CREATE INDEX owner_identity_user ON owner_identity (platform, user_id);
CREATE TABLE alert_preference (
    platform   text   NOT NULL,
    user_id    text   NOT NULL,
    mode       text   NOT NULL,
    updated_at bigint NOT NULL,
    PRIMARY KEY (platform, user_id)
);
CREATE TABLE owner_alert (
    account_id text   NOT NULL,
    trigger_id text   NOT NULL,
    day        text   NOT NULL,
    raised_at  bigint NOT NULL,
    PRIMARY KEY (account_id, trigger_id, day)
);

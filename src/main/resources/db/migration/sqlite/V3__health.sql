-- Account health (issue 3). Accounts get a small integer key so the large signal tables (activity
-- above all: ~100 rows per account) stay compact and are clustered by account for per-account scans.
-- Instants are stored as Unix seconds (UTC), dates as ISO-8601 text.
CREATE TABLE account (
    key           INTEGER PRIMARY KEY,
    id            TEXT    NOT NULL UNIQUE,
    name          TEXT    NOT NULL,
    plan          TEXT    NOT NULL,
    mrr           REAL    NOT NULL,
    currency      TEXT    NOT NULL,
    seats         INTEGER NOT NULL,
    signup_date   TEXT    NOT NULL,
    renewal_date  TEXT,
    owner         TEXT    NOT NULL,
    contact_email TEXT    NOT NULL,
    language      TEXT    NOT NULL,
    status        TEXT    NOT NULL CHECK (status IN ('active', 'paused', 'cancelled')),
    cancelled_at  TEXT,
    cancel_reason TEXT
);

-- One login or feature use. The natural key makes re-imports idempotent.
CREATE TABLE activity (
    account_key INTEGER NOT NULL REFERENCES account (key),
    at          INTEGER NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('login', 'feature_use')),
    user        TEXT    NOT NULL,
    feature     TEXT    NOT NULL,
    PRIMARY KEY (account_key, at, kind, user, feature)
) WITHOUT ROWID;

CREATE TABLE ticket (
    id          TEXT    PRIMARY KEY,
    account_key INTEGER NOT NULL REFERENCES account (key),
    opened_at   INTEGER NOT NULL,
    closed_at   INTEGER,
    priority    TEXT    NOT NULL,
    subject     TEXT    NOT NULL
);
CREATE INDEX ticket_account ON ticket (account_key, opened_at);

CREATE TABLE nps_response (
    account_key  INTEGER NOT NULL REFERENCES account (key),
    responded_at INTEGER NOT NULL,
    score        INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    comment      TEXT    NOT NULL,
    PRIMARY KEY (account_key, responded_at)
) WITHOUT ROWID;

CREATE TABLE payment (
    account_key INTEGER NOT NULL REFERENCES account (key),
    at          INTEGER NOT NULL,
    status      TEXT    NOT NULL CHECK (status IN ('succeeded', 'failed', 'refunded')),
    amount      REAL    NOT NULL,
    PRIMARY KEY (account_key, at, status)
) WITHOUT ROWID;

CREATE TABLE milestone (
    account_key  INTEGER NOT NULL REFERENCES account (key),
    name         TEXT    NOT NULL,
    due_date     TEXT    NOT NULL,
    completed_at INTEGER,
    PRIMARY KEY (account_key, name)
) WITHOUT ROWID;

-- The score of every account per day it was computed (upserted), for "change over 7 days",
-- "turned red" and the digest's 30-day chart.
CREATE TABLE health_score (
    account_key INTEGER NOT NULL REFERENCES account (key),
    day         TEXT    NOT NULL,
    score       INTEGER NOT NULL,
    band        TEXT    NOT NULL,
    rules       TEXT    NOT NULL,
    PRIMARY KEY (account_key, day)
) WITHOUT ROWID;
CREATE INDEX health_score_day ON health_score (day, band);

-- Each import of a file, so the demo set is loaded only on a first run that never imported anything.
CREATE TABLE account_import (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    imported_at TEXT    NOT NULL,
    source      TEXT    NOT NULL,
    file        TEXT    NOT NULL,
    rows        INTEGER NOT NULL
);

-- Days for which every account was scored, so the digest knows which days of its 30-day window
-- still need computing (a single `tenure account` rescore does not make a day complete).
CREATE TABLE health_run (
    day       TEXT PRIMARY KEY,
    scored_at TEXT NOT NULL
);

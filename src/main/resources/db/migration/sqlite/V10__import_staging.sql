-- Staged imports (issue 13, item 2). A file is written here in short transactions under its run id, so
-- the database's single write lock is never held for more than a batch; only when every row passed is
-- it published into the real tables, in steps of a few tens of thousands of rows, and a bad file never
-- leaves staging. A run still 'publishing' after a crash is finished by the next import.
CREATE TABLE import_run (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    file       TEXT    NOT NULL,
    target     TEXT    NOT NULL,
    state      TEXT    NOT NULL CHECK (state IN ('staging', 'publishing', 'done', 'rejected')),
    started_at TEXT    NOT NULL,
    rows       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE stage_account (
    run_id INTEGER NOT NULL, seq INTEGER NOT NULL,
    id TEXT, name TEXT, plan TEXT, mrr REAL, currency TEXT, seats INTEGER, signup_date TEXT, renewal_date TEXT,
    owner TEXT, contact_email TEXT, language TEXT, status TEXT, cancelled_at TEXT, cancel_reason TEXT,
    PRIMARY KEY (run_id, seq)
) WITHOUT ROWID;

CREATE TABLE stage_activity (
    run_id INTEGER NOT NULL, seq INTEGER NOT NULL,
    account_key INTEGER, at INTEGER, kind TEXT, user_name TEXT, feature TEXT,
    PRIMARY KEY (run_id, seq)
) WITHOUT ROWID;

CREATE TABLE stage_ticket (
    run_id INTEGER NOT NULL, seq INTEGER NOT NULL,
    id TEXT, account_key INTEGER, opened_at INTEGER, closed_at INTEGER, priority TEXT, subject TEXT,
    PRIMARY KEY (run_id, seq)
) WITHOUT ROWID;

CREATE TABLE stage_nps_response (
    run_id INTEGER NOT NULL, seq INTEGER NOT NULL,
    account_key INTEGER, responded_at INTEGER, score INTEGER, comment TEXT,
    PRIMARY KEY (run_id, seq)
) WITHOUT ROWID;

CREATE TABLE stage_payment (
    run_id INTEGER NOT NULL, seq INTEGER NOT NULL,
    account_key INTEGER, at INTEGER, status TEXT, amount REAL,
    PRIMARY KEY (run_id, seq)
) WITHOUT ROWID;

CREATE TABLE stage_milestone (
    run_id INTEGER NOT NULL, seq INTEGER NOT NULL,
    account_key INTEGER, name TEXT, due_date TEXT, completed_at INTEGER,
    PRIMARY KEY (run_id, seq)
) WITHOUT ROWID;

-- Every question the assistant was asked, whether it answered, and what it cited.
-- Unanswered questions and feedback are read back by the team (report, issue 7).
CREATE TABLE question (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    asked_at      TEXT    NOT NULL,
    user_id       TEXT    NOT NULL,
    channel_kind  TEXT    NOT NULL,
    platform      TEXT    NOT NULL,
    language      TEXT    NOT NULL,
    text          TEXT    NOT NULL,
    abstained     INTEGER NOT NULL,
    cited_articles TEXT   NOT NULL DEFAULT ''
);
CREATE INDEX question_asked_at ON question (asked_at);

CREATE TABLE feedback (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    question_id INTEGER NOT NULL REFERENCES question (id),
    user_id     TEXT    NOT NULL,
    helpful     INTEGER NOT NULL,
    given_at    TEXT    NOT NULL
);

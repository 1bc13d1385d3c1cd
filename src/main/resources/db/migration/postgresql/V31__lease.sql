-- Twin of SQLite's V31: named leases, one replica at a time holds each (the Discord gateway connection of
-- a bot token). expires_at is epoch milliseconds, compared as a number on both databases.
CREATE TABLE lease (
    name        text        PRIMARY KEY,
    holder      text        NOT NULL,
    expires_at  bigint      NOT NULL,
    acquired_at timestamptz NOT NULL
);

-- Named leases: one replica at a time holds each (the Discord gateway connection of a bot token), renews it
-- by a heartbeat, and a replica takes it over once it has run out (its holder died or lost the database).
-- expires_at is epoch milliseconds, compared as a number on every database.
CREATE TABLE lease (
    name        TEXT PRIMARY KEY,
    holder      TEXT NOT NULL,
    expires_at  BIGINT NOT NULL,
    acquired_at TEXT NOT NULL
);

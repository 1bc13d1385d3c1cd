-- Twin of SQLite's V30: a chat event is claimed with a lease and marked answered once its reply is posted.
-- lease_until is epoch milliseconds (compared as a number on both databases).
ALTER TABLE slack_event ADD COLUMN claimed_by text;
ALTER TABLE slack_event ADD COLUMN lease_until bigint;
ALTER TABLE slack_event ADD COLUMN answered_at timestamptz;
UPDATE slack_event SET answered_at = received_at;

ALTER TABLE discord_answered_message ADD COLUMN claimed_by text;
ALTER TABLE discord_answered_message ADD COLUMN lease_until bigint;
ALTER TABLE discord_answered_message ADD COLUMN answered_at timestamptz;
UPDATE discord_answered_message SET answered_at = taken_at;

-- A chat event is claimed with a lease and marked answered once its reply is posted, instead of being
-- taken for good before the answer exists: a replica that dies mid-answer stops renewing its lease, and
-- Slack's retry of the event is answered by whichever replica takes the expired claim over.
-- lease_until is epoch milliseconds (compared as a number on every database); answered_at is ISO-8601 text.
ALTER TABLE slack_event ADD COLUMN claimed_by TEXT;
ALTER TABLE slack_event ADD COLUMN lease_until BIGINT;
ALTER TABLE slack_event ADD COLUMN answered_at TEXT;
-- Events taken before this version were answered (or given up) by the process that took them.
UPDATE slack_event SET answered_at = received_at;

ALTER TABLE discord_answered_message ADD COLUMN claimed_by TEXT;
ALTER TABLE discord_answered_message ADD COLUMN lease_until BIGINT;
ALTER TABLE discord_answered_message ADD COLUMN answered_at TEXT;
UPDATE discord_answered_message SET answered_at = taken_at;

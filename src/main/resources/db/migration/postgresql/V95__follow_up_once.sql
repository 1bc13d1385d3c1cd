-- A question's follow-up may run again after a crash (its job row is revived when its process dies): it
-- records the question's cancel-intent signal once and queues its staff alert once. Earlier duplicates of
-- a signal (from such re-runs) are removed, keeping the first. (Twin of SQLite's V95.)
DELETE FROM cancel_intent
 WHERE question_id IS NOT NULL
   AND id NOT IN (SELECT min(id) FROM cancel_intent WHERE question_id IS NOT NULL GROUP BY question_id);
CREATE UNIQUE INDEX cancel_intent_one_per_question ON cancel_intent (question_id);
-- When the alert about this signal was queued; NULL: not yet.
ALTER TABLE cancel_intent ADD COLUMN alert_queued_at timestamptz;

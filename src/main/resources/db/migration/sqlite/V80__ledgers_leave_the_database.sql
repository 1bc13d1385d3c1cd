-- The daily digest runs as db-scheduler's recurring task "daily-digest" (its progress is the task's data),
-- and the ingest ledger lives with each replica's index (Lucene commit user data): neither table is read.
DROP TABLE IF EXISTS digest_post;
DROP TABLE IF EXISTS kb_file;

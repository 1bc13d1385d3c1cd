-- Background work as rows (db-scheduler's table, its SQLite layout): card updates, staff alerts, question
-- follow-ups, deliveries, the outreach sweep and the daily digest. A row is written in the transaction of
-- the change that causes it; one process picks it (picked, version), heart-beats while working it, and
-- deletes it when done or reschedules it after a failure (consecutive_failures). task_data is UTF-8 text.
CREATE TABLE scheduled_tasks (
    task_name            TEXT    NOT NULL,
    task_instance        TEXT    NOT NULL,
    task_data            BLOB,
    execution_time       TIMESTAMP NOT NULL,
    picked               BOOLEAN NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP,
    last_failure         TIMESTAMP,
    consecutive_failures INTEGER,
    last_heartbeat       TIMESTAMP,
    version              BIGINT  NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time ON scheduled_tasks (priority DESC, execution_time ASC);

-- Twin of SQLite's V75: conversations, one row per conversation and asker, so a follow-up sent to any
-- replica is read with its thread. updated_at is epoch milliseconds, compared as a number on both databases.
CREATE TABLE conversation_topic (
    conversation text   PRIMARY KEY,
    concepts     text   NOT NULL,
    question     text   NOT NULL,
    updated_at   bigint NOT NULL
);
CREATE INDEX conversation_topic_updated ON conversation_topic (updated_at);

CREATE TABLE chat_memory (
    conversation text   PRIMARY KEY,
    messages     text   NOT NULL,
    updated_at   bigint NOT NULL
);
CREATE INDEX chat_memory_updated ON chat_memory (updated_at);

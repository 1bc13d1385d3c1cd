-- Conversations (a Slack or Discord thread, a reply chain, a console session), one row per conversation
-- and asker, so a follow-up sent to any replica is read with its thread. updated_at is epoch milliseconds,
-- compared as a number on every database; rows not touched for conversations.forget_after_minutes are
-- ignored and removed.

-- The topic a follow-up is read with, without a model: the topic concepts, space-separated, and the
-- question that opened it.
CREATE TABLE conversation_topic (
    conversation TEXT PRIMARY KEY,
    concepts     TEXT NOT NULL,
    question     TEXT NOT NULL,
    updated_at   BIGINT NOT NULL
);
CREATE INDEX conversation_topic_updated ON conversation_topic (updated_at);

-- With a model: LangChain4j's chat memory of the conversation (a window of its last messages, as
-- LangChain4j's own JSON).
CREATE TABLE chat_memory (
    conversation TEXT PRIMARY KEY,
    messages     TEXT NOT NULL,
    updated_at   BIGINT NOT NULL
);
CREATE INDEX chat_memory_updated ON chat_memory (updated_at);

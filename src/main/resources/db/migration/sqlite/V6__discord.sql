-- The Discord message that shows each outreach draft's review card, so the card is edited in place after
-- every action and a draft gets one card even with several instances on one database.
CREATE TABLE discord_review_card (
    draft_id   TEXT PRIMARY KEY,
    channel_id TEXT NOT NULL,
    -- null while the card is being posted: the row is the claim that makes it one card per draft
    message_id TEXT,
    posted_at  TEXT NOT NULL
);

-- Messages already taken up for an answer: each message is answered once, even when the gateway delivers
-- it again or several instances of the bot are connected with the same token.
CREATE TABLE discord_answered_message (
    message_id TEXT PRIMARY KEY,
    taken_at   TEXT NOT NULL
);
CREATE INDEX discord_answered_message_taken_at ON discord_answered_message (taken_at);

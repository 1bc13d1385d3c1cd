-- The Discord message that shows each outreach draft's review card, so the card is edited in place after
-- every action and a draft gets one card even with several instances on one database.
CREATE TABLE discord_review_card (
    draft_id   TEXT PRIMARY KEY,
    channel_id TEXT NOT NULL,
    -- null while the card is being posted: the row is the claim that makes it one card per draft
    message_id TEXT,
    posted_at  TEXT NOT NULL
);

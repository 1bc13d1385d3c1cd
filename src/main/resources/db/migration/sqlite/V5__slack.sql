-- Slack events already taken, by event id: a retried or repeated event is answered once.
-- INSERT OR IGNORE on the primary key decides, also across instances sharing this file.
CREATE TABLE slack_event (
    event_id    TEXT PRIMARY KEY,
    received_at TEXT NOT NULL
);
CREATE INDEX slack_event_received_at ON slack_event (received_at);

-- Threads the bot answered in, so follow-ups there are answered without a new mention.
CREATE TABLE slack_thread (
    channel    TEXT NOT NULL,
    thread_ts  TEXT NOT NULL,
    started_at TEXT NOT NULL,
    PRIMARY KEY (channel, thread_ts)
);

-- Where each outreach draft's review card is, so it is updated in place.
CREATE TABLE slack_review_card (
    draft_id  TEXT PRIMARY KEY,
    channel   TEXT NOT NULL,
    ts        TEXT NOT NULL,
    posted_at TEXT NOT NULL
);

-- The daily digest, one row per platform and local day: whoever inserts the row posts it.
-- posted_at stays empty until the post succeeded; a stale empty claim is taken over.
CREATE TABLE digest_post (
    platform   TEXT NOT NULL,
    day        TEXT NOT NULL,
    claimed_by TEXT NOT NULL,
    claimed_at TEXT NOT NULL,
    posted_at  TEXT,
    PRIMARY KEY (platform, day)
);

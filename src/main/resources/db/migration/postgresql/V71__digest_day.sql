-- Each day a risk digest was made (posted, or asked for with `digest`), so the next one can say which
-- accounts are new in red since then.
CREATE TABLE digest_day (
    day     date        PRIMARY KEY,
    made_at timestamptz NOT NULL
);

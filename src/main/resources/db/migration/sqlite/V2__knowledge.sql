-- The help-center files in the search index, with a hash of their content, so a re-ingest touches
-- only files that changed and start-up ingests only when the configured folder changed.
-- One source (folder) at a time: ingesting another folder replaces these rows and the index.
CREATE TABLE kb_file (
    path         TEXT    PRIMARY KEY,  -- relative to the source folder
    source       TEXT    NOT NULL,     -- the folder's absolute path, or bundled:demo/kb
    sha256       TEXT    NOT NULL,
    article      TEXT    NOT NULL,
    language     TEXT    NOT NULL,
    passages     INTEGER NOT NULL,
    ingested_at  TEXT    NOT NULL
);

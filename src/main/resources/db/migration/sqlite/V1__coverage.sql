-- The coverage store: stories, their articles as received and as read, and each article's mentions as
-- extracted (one JSON document per mention, written by the extraction version the article row names).
CREATE TABLE story (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE,
    revision   INTEGER NOT NULL,          -- raised by every write to the story, so caches can tell it changed
    changed_at TEXT    NOT NULL           -- ISO-8601 instant (UTC) of the last write
);

CREATE TABLE article (
    id                 INTEGER PRIMARY KEY,
    story_id           INTEGER NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    file               TEXT    NOT NULL,
    source             TEXT    NOT NULL,
    published          TEXT,              -- YYYY-MM-DD, or NULL when no date was given or found
    content_format     TEXT    NOT NULL,  -- 'text' or 'html': which field the content came in
    content            TEXT    NOT NULL,  -- as received
    article_text       TEXT    NOT NULL,  -- as read (front matter removed, HTML reduced to its text): claim offsets index it
    notes              TEXT    NOT NULL,  -- JSON array of what reading it noticed, for the report's warnings
    revision           INTEGER NOT NULL,  -- the story's revision when this version was stored
    stored_at          TEXT    NOT NULL,
    extraction_version TEXT    NOT NULL,
    claim_count        INTEGER NOT NULL,  -- how many mention rows belong to it: stored in the same transaction
    UNIQUE (story_id, file)
);

CREATE TABLE mention (
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    body       TEXT    NOT NULL,
    PRIMARY KEY (article_id, seq)
);

-- What the listener tells Sleeve, and the conversations they had with it.
--
-- feedback keeps every rating, skip, full play and "more like this" with
-- its context; the taste model is learned from the events after the last
-- row of taste_resets (older ones stay for history). exposure counts how
-- often each track was shown in a list. sessions hold each conversation as
-- the JSON the engine writes.

CREATE TABLE feedback (
    id         INTEGER PRIMARY KEY,
    track_id   INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL CHECK (kind IN ('rate', 'skip', 'play', 'more')),
    rating     INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),  -- 1..5 for 'rate', else 0
    at         INTEGER NOT NULL,             -- Unix milliseconds
    session_id TEXT    NOT NULL DEFAULT '',  -- the session it was recommended in, if any
    request    TEXT    NOT NULL DEFAULT ''   -- the request text it was recommended for
);

CREATE INDEX feedback_track ON feedback(track_id);
CREATE INDEX feedback_at ON feedback(at);

CREATE TABLE exposure (
    track_id      INTEGER PRIMARY KEY REFERENCES tracks(id) ON DELETE CASCADE,
    shown         INTEGER NOT NULL,
    last_shown_at INTEGER NOT NULL           -- Unix milliseconds
);

-- Hand edits of the taste profile: an artist or genre set to an affinity
-- in [-1, 1]; 0 removes it from the profile.
CREATE TABLE taste_edits (
    kind      TEXT NOT NULL CHECK (kind IN ('artist', 'genre')),
    name      TEXT NOT NULL COLLATE NOCASE,
    affinity  REAL NOT NULL CHECK (affinity BETWEEN -1 AND 1),
    edited_at INTEGER NOT NULL,
    PRIMARY KEY (kind, name)
);

CREATE TABLE taste_resets (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL                      -- Unix milliseconds
);

CREATE TABLE sessions (
    id         TEXT    PRIMARY KEY,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    data       TEXT    NOT NULL              -- JSON written by the engine
);

CREATE INDEX sessions_updated ON sessions(updated_at);

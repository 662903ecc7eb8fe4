-- The person's own values for what analysis measured or the tags say: a
-- tempo, a key, genres, and whether the track is music at all. They are
-- kept apart from the features, so re-analysis and rescans never touch
-- them, and applied wherever a track is read (library.Correction).
-- NULL in a column means that value is not corrected.

CREATE TABLE corrections (
    track_id     INTEGER PRIMARY KEY REFERENCES tracks(id) ON DELETE CASCADE,
    bpm          REAL,              -- beats per minute
    tonic        INTEGER,           -- 0 = C … 11 = B, set together with minor
    minor        INTEGER,           -- 1 for a minor key
    genre        TEXT,              -- genres joined with U+001F, like tracks.genres
    not_music    INTEGER,           -- 1: not music; 0: music, whatever analysis found
    corrected_at INTEGER NOT NULL   -- Unix milliseconds of the last change
);

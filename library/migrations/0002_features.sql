-- Measured audio features per track, and the tracks that could not be measured.
--
-- A features row is current when its version equals the running analysis
-- version and its file_size/file_mtime_ns equal the track's size/mtime_ns
-- (the file the scanner last saw). Anything else is re-analysed; the old row
-- stays readable until the new one replaces it.

CREATE TABLE features (
    track_id         INTEGER PRIMARY KEY REFERENCES tracks(id) ON DELETE CASCADE,
    version          INTEGER NOT NULL,
    bpm              REAL    NOT NULL,     -- 0 when no pulse was found
    bpm_confidence   REAL    NOT NULL,
    key_name         TEXT    NOT NULL,     -- such as 'F# minor'; '' when no key was found
    tonic            INTEGER NOT NULL,     -- 0 = C … 11 = B; -1 when no key was found
    minor            INTEGER NOT NULL,     -- 1 for minor keys
    key_confidence   REAL    NOT NULL,
    loudness_lufs    REAL    NOT NULL,     -- integrated loudness, ITU-R BS.1770-4
    loudness_range   REAL    NOT NULL,     -- LRA in LU, EBU Tech 3342
    dynamic_range    REAL    NOT NULL,     -- peak-to-loudness ratio in LU
    energy           REAL    NOT NULL,     -- 0..1
    brightness       REAL    NOT NULL,     -- 0..1
    centroid_hz      REAL    NOT NULL,
    rolloff_hz       REAL    NOT NULL,
    flatness         REAL    NOT NULL,
    onset_rate       REAL    NOT NULL,     -- onsets per second
    pulse_clarity    REAL    NOT NULL,     -- 0..1
    -- Unit-length timbre vector for cosine similarity: float32 values,
    -- little-endian, 4 bytes each (40 dimensions, 160 bytes, in version 1).
    timbre           BLOB    NOT NULL,
    preview_start_ms INTEGER NOT NULL,
    preview_len_ms   INTEGER NOT NULL,
    file_size        INTEGER NOT NULL,     -- tracks.size when the file was analysed
    file_mtime_ns    INTEGER NOT NULL,     -- tracks.mtime_ns when the file was analysed
    analysed_at      INTEGER NOT NULL      -- Unix milliseconds
);

CREATE INDEX features_bpm ON features(bpm);
CREATE INDEX features_energy ON features(energy);
CREATE INDEX features_key ON features(tonic, minor);
CREATE INDEX features_loudness ON features(loudness_lufs);

-- The last failed analysis of a track. An unchanged file is not retried at
-- the same version; a changed file (size or mtime) or a newer version is.
CREATE TABLE analysis_errors (
    track_id      INTEGER PRIMARY KEY REFERENCES tracks(id) ON DELETE CASCADE,
    version       INTEGER NOT NULL,
    not_analysable INTEGER NOT NULL,       -- 1: no decoder for the format; 0: the file is damaged
    reason        TEXT    NOT NULL,
    file_size     INTEGER NOT NULL,
    file_mtime_ns INTEGER NOT NULL,
    failed_at     INTEGER NOT NULL         -- Unix milliseconds
);

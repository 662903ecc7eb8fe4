-- Tracks, the scans that found them, and a full-text index over their tags.

CREATE TABLE tracks (
    id           INTEGER PRIMARY KEY,
    path         TEXT    NOT NULL UNIQUE,
    dir          TEXT    NOT NULL,
    size         INTEGER NOT NULL,
    mtime_ns     INTEGER NOT NULL,
    fingerprint  TEXT    NOT NULL,
    format       TEXT    NOT NULL,
    codec        TEXT    NOT NULL DEFAULT '',
    duration_ms  INTEGER NOT NULL DEFAULT 0,
    bitrate      INTEGER NOT NULL DEFAULT 0,
    sample_rate  INTEGER NOT NULL DEFAULT 0,
    channels     INTEGER NOT NULL DEFAULT 0,
    title        TEXT    NOT NULL DEFAULT '',
    artist       TEXT    NOT NULL DEFAULT '',
    album        TEXT    NOT NULL DEFAULT '',
    album_artist TEXT    NOT NULL DEFAULT '',
    genres       TEXT    NOT NULL DEFAULT '',  -- joined with a unit separator (U+001F)
    year         INTEGER NOT NULL DEFAULT 0,
    track_no     INTEGER NOT NULL DEFAULT 0,
    track_total  INTEGER NOT NULL DEFAULT 0,
    disc_no      INTEGER NOT NULL DEFAULT 0,
    disc_total   INTEGER NOT NULL DEFAULT 0,
    composer     TEXT    NOT NULL DEFAULT '',
    comment      TEXT    NOT NULL DEFAULT '',
    inferred     TEXT    NOT NULL DEFAULT '',  -- comma-separated field names guessed from the path
    missing      INTEGER NOT NULL DEFAULT 0,
    last_seen_scan INTEGER NOT NULL DEFAULT 0,
    added_at     INTEGER NOT NULL,             -- Unix milliseconds
    updated_at   INTEGER NOT NULL
);

CREATE INDEX tracks_dir ON tracks(dir);
CREATE INDEX tracks_fingerprint ON tracks(fingerprint);
CREATE INDEX tracks_artist ON tracks(artist COLLATE NOCASE);
CREATE INDEX tracks_album ON tracks(album COLLATE NOCASE);

CREATE TABLE scans (
    id          INTEGER PRIMARY KEY,
    roots       TEXT    NOT NULL,
    started_at  INTEGER NOT NULL,
    finished_at INTEGER,
    interrupted INTEGER NOT NULL DEFAULT 0,
    added       INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    moved       INTEGER NOT NULL DEFAULT 0,
    unchanged   INTEGER NOT NULL DEFAULT 0,
    missing     INTEGER NOT NULL DEFAULT 0,
    failed      INTEGER NOT NULL DEFAULT 0
);

CREATE VIRTUAL TABLE tracks_fts USING fts5(
    title, artist, album, album_artist, genres, composer, comment, path,
    content = 'tracks', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER tracks_fts_insert AFTER INSERT ON tracks BEGIN
    INSERT INTO tracks_fts(rowid, title, artist, album, album_artist, genres, composer, comment, path)
    VALUES (new.id, new.title, new.artist, new.album, new.album_artist, new.genres, new.composer, new.comment, new.path);
END;

CREATE TRIGGER tracks_fts_delete AFTER DELETE ON tracks BEGIN
    INSERT INTO tracks_fts(tracks_fts, rowid, title, artist, album, album_artist, genres, composer, comment, path)
    VALUES ('delete', old.id, old.title, old.artist, old.album, old.album_artist, old.genres, old.composer, old.comment, old.path);
END;

CREATE TRIGGER tracks_fts_update AFTER UPDATE OF title, artist, album, album_artist, genres, composer, comment, path ON tracks BEGIN
    INSERT INTO tracks_fts(tracks_fts, rowid, title, artist, album, album_artist, genres, composer, comment, path)
    VALUES ('delete', old.id, old.title, old.artist, old.album, old.album_artist, old.genres, old.composer, old.comment, old.path);
    INSERT INTO tracks_fts(rowid, title, artist, album, album_artist, genres, composer, comment, path)
    VALUES (new.id, new.title, new.artist, new.album, new.album_artist, new.genres, new.composer, new.comment, new.path);
END;

-- Sleeve notes, their embeddings, and a full-text index over the notes.

CREATE TABLE notes (
    track_id        INTEGER PRIMARY KEY REFERENCES tracks(id) ON DELETE CASCADE,
    text            TEXT    NOT NULL,
    moods           TEXT    NOT NULL DEFAULT '',  -- joined with U+001F, like tracks.genres
    genres          TEXT    NOT NULL DEFAULT '',
    instruments     TEXT    NOT NULL DEFAULT '',
    contexts        TEXT    NOT NULL DEFAULT '',
    model           TEXT    NOT NULL DEFAULT '',  -- empty for a template note
    template        INTEGER NOT NULL,
    prompt_version  INTEGER NOT NULL,
    feature_version INTEGER NOT NULL,
    input_key       TEXT    NOT NULL,             -- hash of model, prompt version and inputs
    dropped         TEXT    NOT NULL DEFAULT '',  -- claims the checker removed, joined with U+001F
    created_at      INTEGER NOT NULL              -- Unix milliseconds
);

CREATE TABLE note_embeddings (
    track_id   INTEGER PRIMARY KEY REFERENCES tracks(id) ON DELETE CASCADE,
    model      TEXT    NOT NULL,
    dims       INTEGER NOT NULL,
    vector     BLOB    NOT NULL,  -- int8 values with scale and norm (models.CompactVector)
    text_key   TEXT    NOT NULL,  -- hash of the embedded text
    created_at INTEGER NOT NULL
);

CREATE INDEX note_embeddings_model ON note_embeddings(model);

CREATE VIRTUAL TABLE notes_fts USING fts5(
    text, moods, genres, instruments, contexts,
    content = 'notes', content_rowid = 'track_id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
    INSERT INTO notes_fts(rowid, text, moods, genres, instruments, contexts)
    VALUES (new.track_id, new.text, new.moods, new.genres, new.instruments, new.contexts);
END;

CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, text, moods, genres, instruments, contexts)
    VALUES ('delete', old.track_id, old.text, old.moods, old.genres, old.instruments, old.contexts);
END;

CREATE TRIGGER notes_fts_update AFTER UPDATE ON notes BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, text, moods, genres, instruments, contexts)
    VALUES ('delete', old.track_id, old.text, old.moods, old.genres, old.instruments, old.contexts);
    INSERT INTO notes_fts(rowid, text, moods, genres, instruments, contexts)
    VALUES (new.track_id, new.text, new.moods, new.genres, new.instruments, new.contexts);
END;

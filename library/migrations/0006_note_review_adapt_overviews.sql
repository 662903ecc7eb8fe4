-- What the person says of a note (approved as it is, or edited), the Ollama
-- models Sleeve adapted from those notes, and overviews of artists, albums
-- and genres.

-- '' until the person approves or edits the note. For an edited note, text
-- is the person's text and original_text the text that was written for it.
ALTER TABLE notes ADD COLUMN review TEXT NOT NULL DEFAULT '' CHECK (review IN ('', 'approved', 'edited'));
ALTER TABLE notes ADD COLUMN original_text TEXT NOT NULL DEFAULT '';
ALTER TABLE notes ADD COLUMN reviewed_at INTEGER NOT NULL DEFAULT 0;  -- Unix milliseconds, 0 if never

-- Every model that `sleeve models adapt` created, newest last. The newest
-- whose base is the configured chat model writes the notes.
CREATE TABLE adaptations (
    id         INTEGER PRIMARY KEY,
    model      TEXT    NOT NULL,             -- the created model's name
    base       TEXT    NOT NULL,             -- the model it was created FROM
    input_key  TEXT    NOT NULL,             -- hash of base, system prompt, examples and adapter
    examples   INTEGER NOT NULL,             -- how many example notes it carries
    adapter    TEXT    NOT NULL DEFAULT '',  -- the LoRA adapter's blob digest, if any
    created_at INTEGER NOT NULL              -- Unix milliseconds
);

-- Overviews of an artist, an album (name and album artist) or a genre,
-- written from their tracks' features and notes. artist is '' except for
-- albums.
CREATE TABLE overviews (
    kind       TEXT    NOT NULL CHECK (kind IN ('artist', 'album', 'genre')),
    name       TEXT    NOT NULL COLLATE NOCASE,
    artist     TEXT    NOT NULL DEFAULT '' COLLATE NOCASE,
    text       TEXT    NOT NULL,
    facts      TEXT    NOT NULL,             -- JSON of the measured summary it was written from
    model      TEXT    NOT NULL DEFAULT '',  -- empty for a template
    template   INTEGER NOT NULL,
    version    INTEGER NOT NULL,             -- the overview writer's version
    input_key  TEXT    NOT NULL,             -- hash of model, version and facts
    dropped    TEXT    NOT NULL DEFAULT '',  -- claims the checker removed, joined with U+001F
    created_at INTEGER NOT NULL,
    PRIMARY KEY (kind, name, artist)
);

-- Audio that analysis found is not music: silence, a steady test tone, or a
-- clip shorter than 5 s. Such tracks stay listed and searchable but are not
-- recommended unless asked for.

-- '' for music; otherwise the reason, such as 'silence',
-- 'test tone (1 kHz)' or 'too short (0.35 s)'.
ALTER TABLE features ADD COLUMN not_music TEXT NOT NULL DEFAULT '';

-- How much a track's material recurs (analysis.Features.Repetition), in
-- [0, 1]; 0 when not measured (features of an analysis version before 10,
-- silence, or audio that is not music).
ALTER TABLE features ADD COLUMN repetition REAL NOT NULL DEFAULT 0;

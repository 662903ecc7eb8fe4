-- The instruments analysis hears (issue 15): a JSON object from each
-- instrument family of analysis.InstrumentLabels to the confidence, in
-- [0, 1], that it sounds for at least a fifth of the track, such as
-- {"piano":0.97,"strings":0.62,...}; '' when not measured (features of an
-- older analysis version, silence, or audio that is not music).
ALTER TABLE features ADD COLUMN instruments TEXT NOT NULL DEFAULT '';

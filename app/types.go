package app

import (
	"time"

	"sleeve/library"
	"sleeve/library/analysis"
)

// The plain value types that the explorer shows, re-exported so that the
// screen (package ui) talks to app alone. They are aliases: the same types
// as the library's, so a value passes between app and ui unconverted.

// TrackID identifies a track in the library.
type TrackID = library.TrackID

// Track is one audio file in the library, with its tags, its measured
// features (nil until analysed) and the person's latest rating.
type Track = library.Track

// Tags are a track's tags, as read from the file or guessed from its name.
type Tags = library.Tags

// Features are a track's measured features with when and by which
// analysis version they were measured.
type Features = library.Features

// MeasuredFeatures are the values the analysis measures: tempo, key,
// loudness, energy, brightness, timbre and the preview window.
type MeasuredFeatures = analysis.Features

// Stats summarises the library: counts, size, formats and the last scan.
type Stats = library.Stats

// Filter is a parsed filter expression ("artist:radiohead bpm:120..130
// words"), the one filter of Sleeve: SQL for `sleeve ls`, and a matcher
// over FilterRows for the explorer's browser.
type Filter = library.Filter

// FilterRow is what a Filter's matcher reads of a track.
type FilterRow = library.FilterRow

// ScanProgress is a scan's progress, reported while it runs.
type ScanProgress = library.ScanProgress

// ScanResult is what a scan did.
type ScanResult = library.ScanResult

// ScanCounts count what a scan did to the files it saw.
type ScanCounts = library.ScanCounts

// AnalyzeProgress is an analysis's progress, reported while it runs.
type AnalyzeProgress = library.AnalyzeProgress

// AnalyzeResult is what an analysis did.
type AnalyzeResult = library.AnalyzeResult

// AnalyzeCounts count what an analysis did to the tracks it considered.
type AnalyzeCounts = library.AnalyzeCounts

// IngestResult is what an ingest (a scan, then the analysis of what it
// found) did.
type IngestResult = library.IngestResult

// ErrNotFound is returned for a track or a note that the library does not
// have.
var ErrNotFound = library.ErrNotFound

// ParseFilter parses a filter expression, as `sleeve ls` and the
// explorer's "/" take it.
func ParseFilter(expr string) (Filter, error) { return library.ParseFilter(expr) }

// FilterRowOf is what a Filter's matcher reads of t.
func FilterRowOf(t Track) FilterRow { return library.FilterRowOf(t) }

// DisplayPath renders a file path for a person: control characters and
// bytes that are not UTF-8 are escaped, so a file name cannot drive the
// terminal.
func DisplayPath(p string) string { return library.DisplayPath(p) }

// Stars draws a rating of 1 to 5 as five stars, filled up to it ("★★★★☆"
// for 4), and anything else (not rated) as "".
func Stars(rating int) string { return library.Stars(rating) }

// KeyName spells a key from its tonic (a pitch class, 0 for C) and mode,
// as "A minor" or "Eb major", or returns "" for a tonic outside 0..11.
func KeyName(tonic int, minor bool) string { return analysis.KeyName(tonic, minor) }

// TonicName spells the tonic of a key as KeyName does, such as "Eb" for Eb
// major and "C#" for C# minor.
func TonicName(tonic int, minor bool) string { return analysis.TonicName(tonic, minor) }

// ParsePitchClass reads a note name in any spelling ("a", "F#", "bb",
// "E♭") as a pitch class, C = 0 … B = 11.
func ParsePitchClass(s string) (int, bool) { return analysis.ParsePitchClass(s) }

// DescribeNotMusic says in a few words what a track that the analysis
// flagged as not music is ("10 seconds of silence", "a 1 kHz test tone"),
// from its reason and length; "" for an unknown reason.
func DescribeNotMusic(reason string, length time.Duration) string {
	return analysis.DescribeNotMusic(reason, length)
}

// CorrectionEdit is one change to a track's correction, as ParseCorrections
// reads it: fields to set, a tempo to halve or double, fields to clear.
type CorrectionEdit = library.CorrectionEdit

// Correction is what the person set for one track, with what analysis and
// the tags said before (Measured).
type Correction = library.Correction

// Measured is what analysis measured and the tags said for the fields a
// correction can replace.
type Measured = library.Measured

// The fields a correction can set, as ParseCorrections and
// CorrectionEdit.Clear name them.
const (
	CorrectBPM      = library.CorrectBPM
	CorrectKey      = library.CorrectKey
	CorrectGenre    = library.CorrectGenre
	CorrectNotMusic = library.CorrectNotMusic
)

// MinTempoConfidence is the tempo confidence from which a measured tempo
// is taken as the track's: below it, filters, rankings and notes treat the
// tempo as unknown, and so do the views.
const MinTempoConfidence = analysis.MinTempoConfidence

// NotMusicMarked is the not-music reason of a track the person marked as
// not music.
const NotMusicMarked = library.NotMusicMarked

// ParseCorrections reads corrections as a person types them, each
// field=value: bpm=126, bpm=half, bpm=double, key="D minor", genre=Jazz,
// notmusic=yes; an empty value clears the field.
func ParseCorrections(assignments []string) (CorrectionEdit, error) {
	return library.ParseCorrections(assignments)
}

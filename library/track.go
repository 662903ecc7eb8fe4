package library

import (
	"errors"
	"strings"
	"time"
)

// TrackID identifies a track for as long as the person keeps it, across
// rescans, renames and moves.
type TrackID int64

// ErrNotFound is returned when a track, or anything else asked for by key,
// is not in the store.
var ErrNotFound = errors.New("not found")

// Track is one audio file in the library together with its tags and the
// properties of its audio stream.
type Track struct {
	ID          TrackID
	Path        string
	Size        int64
	ModTime     time.Time
	Fingerprint string
	// Format is the container or codec family, such as "mp3", "flac",
	// "ogg", "opus", "m4a", "wav" or "aiff".
	Format string
	// Codec is the codec inside a container when it differs from Format,
	// such as "aac" or "alac" inside m4a, or "vorbis" inside ogg.
	Codec      string
	Duration   time.Duration
	Bitrate    int // kbit/s
	SampleRate int // Hz
	Channels   int
	Tags       Tags
	// Missing is set when the file was not found by the last scan of its
	// folder. Its ratings and notes are kept until the person prunes it.
	Missing   bool
	AddedAt   time.Time
	UpdatedAt time.Time
	// Features are the measured audio features, or nil when the track has
	// not been analysed yet.
	Features *Features
	// AnalysisFailure says why the last analysis failed, or is nil when it
	// did not (or none has run).
	AnalysisFailure *AnalysisFailure
	// Rating is the person's latest rating of the track, 1 to 5, since the
	// taste was last reset; 0 when it is not rated.
	Rating int
	// Correction holds the person's own values, already applied to
	// Features and Tags.Genres, with what was measured and tagged before;
	// nil when nothing is corrected.
	Correction *Correction
	// RatedAt is when that rating was given; zero when not rated.
	RatedAt time.Time
}

// Stars draws a rating of 1 to 5 as five stars, filled up to it
// ("★★★★☆" for 4), and anything else (not rated) as "".
func Stars(rating int) string {
	if rating < 1 || rating > 5 {
		return ""
	}
	return strings.Repeat("★", rating) + strings.Repeat("☆", 5-rating)
}

// Tags are the descriptive fields of a track. Fields that the file itself
// did not carry, but that were guessed from its folder and file names, are
// listed in Inferred.
type Tags struct {
	Title       string
	Artist      string
	Album       string
	AlbumArtist string
	Genres      []string
	Year        int
	TrackNumber int
	TrackTotal  int
	DiscNumber  int
	DiscTotal   int
	Composer    string
	Comment     string
	// Inferred names the fields guessed from the path, such as "title",
	// "artist", "album" or "track".
	Inferred []string
}

// IsInferred reports whether the named field was guessed from the path.
func (t Tags) IsInferred(field string) bool {
	for _, f := range t.Inferred {
		if f == field {
			return true
		}
	}
	return false
}

// DisplayArtist returns the artist, falling back to the album artist.
func (t Tags) DisplayArtist() string {
	if t.Artist != "" {
		return t.Artist
	}
	return t.AlbumArtist
}

package library

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"go.senan.xyz/taglib"

	"sleeve/library/decode"
)

// FileInfo is what a tag reader learns from one audio file.
type FileInfo struct {
	Format     string
	Codec      string
	Duration   time.Duration
	Bitrate    int
	SampleRate int
	Channels   int
	Tags       Tags
}

// TagReader reads tags and stream properties from an audio file.
type TagReader interface {
	ReadFile(path string) (FileInfo, error)
}

// Errors a tag reader returns for files it cannot use. The scanner reports
// them per file and goes on.
var (
	ErrEmptyFile = errors.New("file is empty (0 bytes)")
	ErrNotAudio  = errors.New("not a readable audio file (damaged, or not the format its name says)")
	// ErrTooLarge is returned for files of MaxTagFileSize or more, which
	// the tag reader (TagLib built for 32-bit WebAssembly) cannot open.
	ErrTooLarge = errors.New("too large to read")
)

// MaxTagFileSize is the size from which files cannot be read: TagLib runs
// as 32-bit WebAssembly, whose file offsets stop at 2 GiB.
const MaxTagFileSize = 2 << 30

// TaglibReader reads tags with TagLib, compiled to WebAssembly and run in
// process, so it needs no cgo. It reads every format TagLib knows.
type TaglibReader struct{}

var _ TagReader = TaglibReader{}

// ReadFile implements TagReader.
func (TaglibReader) ReadFile(path string) (fi FileInfo, err error) {
	// A parser bug on a hostile file must cost one file, not the scan.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: tag reader failed: %v", ErrNotAudio, r)
		}
	}()
	st, err := os.Stat(path)
	if err != nil {
		return FileInfo{}, err
	}
	if st.Size() == 0 {
		return FileInfo{}, ErrEmptyFile
	}
	readPath := path
	ext := strings.ToLower(filepath.Ext(strings.ToValidUTF8(path, "_")))
	// TagLib picks its parser by the file name's extension. A file whose
	// content says otherwise (an Ogg Vorbis file named .mp3) is read
	// through a link named for what it holds, as the decoder reads it by
	// its content too.
	content, err := sniffContent(path)
	if err != nil {
		return FileInfo{}, err
	}
	if exts := content.Extensions(); len(exts) > 0 && !slices.Contains(exts, ext) {
		ext = exts[0]
	}
	if !utf8.ValidString(path) || ext != strings.ToLower(filepath.Ext(path)) {
		// TagLib's WebAssembly build also takes UTF-8 paths only, so a
		// file whose name is in another encoding is read through a link
		// with a plain name.
		alias, cleanup, err := linkAs(path, ext)
		if err != nil {
			return FileInfo{}, err
		}
		defer cleanup()
		readPath = alias
	}
	abs, err := filepath.Abs(readPath)
	if err != nil {
		return FileInfo{}, err
	}
	info, err := readTaglib(abs)
	noAudio := err == nil && info.props.SampleRate == 0 && info.props.Channels == 0 && info.props.Length == 0
	if (err != nil || noAudio) && st.Size() >= MaxTagFileSize {
		return FileInfo{}, fmt.Errorf("%w: the file is %.1f GiB, and Sleeve reads files up to 2 GiB (its tag reader's limit); split it, or convert it to FLAC, which is about half the size",
			ErrTooLarge, float64(st.Size())/(1<<30))
	}
	if err != nil {
		return FileInfo{}, taglibError(path, err)
	}
	props, raw := info.props, info.tags
	// TagLib opens anything whose name it recognises; an audio stream with
	// no length, rate or channels means it found no audio in the file.
	if props.SampleRate == 0 && props.Channels == 0 && props.Length == 0 {
		return FileInfo{}, ErrNotAudio
	}
	fi = FileInfo{
		Duration:   props.Length,
		Bitrate:    int(props.BitRate),
		SampleRate: int(props.SampleRate),
		Channels:   int(props.Channels),
		Tags:       tagsFromMap(raw),
	}
	fi.Format, fi.Codec = formatName(props.Format, props.InnerCodec, readPath)
	if fi.Duration == 0 && (content.IsModule() || decode.Format(fi.Format).IsModule()) {
		// A module holds notes, not a length: ffmpeg, if installed,
		// plays it through to find out.
		fi.Duration = decode.ProbeDuration(context.Background(), path)
	}
	return fi, nil
}

// linkAs makes a symbolic link named "track" plus ext, in a new temporary
// folder, that points at path, and returns it with a function that
// removes it.
func linkAs(path, ext string) (string, func(), error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", nil, err
	}
	dir, err := os.MkdirTemp("", "sleeve-alias-")
	if err != nil {
		return "", nil, fmt.Errorf("link to read tags: %w", err)
	}
	alias := filepath.Join(dir, "track"+ext)
	if err := os.Symlink(abs, alias); err != nil {
		os.RemoveAll(dir)
		return "", nil, fmt.Errorf("link to read tags: %w", err)
	}
	return alias, func() { os.RemoveAll(dir) }, nil
}

// sniffHead is how much of a file sniffContent reads.
const sniffHead = 4 << 10

// sniffContent returns the format that the file's first bytes announce,
// or FormatUnknown.
func sniffContent(path string) (decode.Format, error) {
	f, err := decode.OpenRegular(path)
	if err != nil {
		return decode.FormatUnknown, err
	}
	defer f.Close()
	head := make([]byte, sniffHead)
	n, err := io.ReadFull(f, head)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return decode.FormatUnknown, err
	}
	return decode.SniffMagic(head[:n]), nil
}

// taglibError maps TagLib's failures to the scanner's vocabulary, keeping
// file-system errors (permission, vanished file) as they are.
func taglibError(path string, err error) error {
	if _, serr := os.Stat(path); serr != nil {
		return serr
	}
	if f, oerr := decode.OpenRegular(path); oerr != nil {
		return oerr
	} else {
		f.Close()
	}
	if errors.Is(err, taglib.ErrInvalidFile) {
		return ErrNotAudio
	}
	return fmt.Errorf("%w: %v", ErrNotAudio, err)
}

// formatName turns TagLib's format and codec names into Sleeve's.
func formatName(format, codec, path string) (string, string) {
	ext := strings.TrimPrefix(strings.ToLower(filepath.Ext(path)), ".")
	switch format {
	case "mpeg":
		if ext == "mp2" {
			return "mp2", ""
		}
		return "mp3", ""
	case "mp4":
		switch codec {
		case "alac":
			return "m4a", "alac"
		case "", "aac":
			return "m4a", "aac"
		}
		return "m4a", codec
	case "ogg":
		if codec == "opus" {
			return "opus", "opus"
		}
		if codec == "" {
			codec = "vorbis"
		}
		return "ogg", codec
	case "opus":
		return "opus", "opus"
	case "wav", "riff":
		return "wav", codec
	case "aiff":
		return "aiff", codec
	case "":
		return ext, codec
	}
	return format, codec
}

// tagsFromMap reads TagLib's property map, whose keys follow the common
// Vorbis-comment names whatever the container.
func tagsFromMap(m map[string][]string) Tags {
	first := func(keys ...string) string {
		for _, k := range keys {
			for _, v := range m[k] {
				if v = cleanTag(v); v != "" {
					return v
				}
			}
		}
		return ""
	}
	var t Tags
	t.Title = first(taglib.Title)
	t.Artist = strings.Join(nonEmpty(m[taglib.Artist]), "; ")
	t.Album = first(taglib.Album)
	t.AlbumArtist = strings.Join(nonEmpty(m[taglib.AlbumArtist]), "; ")
	t.Composer = strings.Join(nonEmpty(m[taglib.Composer]), "; ")
	t.Comment = first(taglib.Comment, "DESCRIPTION")
	t.Genres = splitGenres(m[taglib.Genre])
	t.Year = parseYear(first(taglib.Date, taglib.OriginalDate, "YEAR"))
	t.TrackNumber, t.TrackTotal = parsePosition(first(taglib.TrackNumber))
	if n := atoiLoose(first("TRACKTOTAL", "TOTALTRACKS")); n > 0 {
		t.TrackTotal = n
	}
	t.DiscNumber, t.DiscTotal = parsePosition(first(taglib.DiscNumber))
	if n := atoiLoose(first("DISCTOTAL", "TOTALDISCS")); n > 0 {
		t.DiscTotal = n
	}
	return t
}

// cleanTag trims spaces and control characters and repairs invalid UTF-8.
func cleanTag(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return ' '
		}
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}

func nonEmpty(vs []string) []string {
	var out []string
	for _, v := range vs {
		if v = cleanTag(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// splitGenres splits multi-valued and joined genre tags ("Rock; Pop",
// "Jazz/Funk", "Ambient, Drone") and drops duplicates.
func splitGenres(vs []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, v := range vs {
		for _, g := range strings.FieldsFunc(v, func(r rune) bool { return r == ';' || r == '/' || r == ',' || r == '\x00' }) {
			g = cleanTag(g)
			if g == "" || seen[strings.ToLower(g)] {
				continue
			}
			seen[strings.ToLower(g)] = true
			out = append(out, g)
		}
	}
	return out
}

var yearPattern = regexp.MustCompile(`\b(1[0-9]{3}|2[0-9]{3})\b`)

// parseYear finds a four-digit year in a date such as "2001", "2001-05-02"
// or "May 2001".
func parseYear(s string) int {
	if m := yearPattern.FindString(s); m != "" {
		y, _ := strconv.Atoi(m)
		return y
	}
	return 0
}

// parsePosition reads "3", "3/12" or "03 of 12".
func parsePosition(s string) (n, total int) {
	a, b, ok := strings.Cut(s, "/")
	if !ok {
		a, b, _ = strings.Cut(s, " of ")
	}
	return atoiLoose(a), atoiLoose(b)
}

// atoiLoose reads the leading digits of s, ignoring spaces.
func atoiLoose(s string) int {
	s = strings.TrimSpace(s)
	end := 0
	for end < len(s) && s[end] >= '0' && s[end] <= '9' {
		end++
	}
	n, _ := strconv.Atoi(s[:end])
	return n
}

// leadingTrack matches a track number at the start of a file name: "03 ",
// "03 - ", "3. ", "03_", "A1 " is left alone.
var leadingTrack = regexp.MustCompile(`^(?:[0-9]{1,2}-)?([0-9]{1,3})(?:\s*[-._)]\s*|\s+)`)

// InferTags fills the fields that the file did not carry from its path,
// laid out the common way as .../Artist/Album/NN Title.ext, and records
// which fields were guessed.
func InferTags(t Tags, path string) Tags {
	name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	name = cleanTag(strings.ToValidUTF8(name, "\uFFFD"))
	album := cleanTag(strings.ToValidUTF8(filepath.Base(filepath.Dir(path)), "\uFFFD"))
	artistDir := cleanTag(strings.ToValidUTF8(filepath.Base(filepath.Dir(filepath.Dir(path))), "\uFFFD"))

	rest := name
	if m := leadingTrack.FindStringSubmatch(name); m != nil && len(m[0]) < len(name) {
		if t.TrackNumber == 0 {
			t.TrackNumber, _ = strconv.Atoi(m[1])
			t.Inferred = append(t.Inferred, "track")
		}
		rest = name[len(m[0]):]
	}
	fileArtist, fileTitle, hasDash := strings.Cut(rest, " - ")
	if t.Title == "" {
		t.Title = rest
		if hasDash && fileTitle != "" {
			t.Title = strings.TrimSpace(fileTitle)
		}
		t.Title = strings.ReplaceAll(t.Title, "_", " ")
		t.Inferred = append(t.Inferred, "title")
	}
	if t.Artist == "" && t.AlbumArtist == "" {
		switch {
		case hasDash && strings.TrimSpace(fileArtist) != "":
			t.Artist = strings.TrimSpace(fileArtist)
			t.Inferred = append(t.Inferred, "artist")
		case usefulDirName(artistDir) && usefulDirName(album):
			t.Artist = artistDir
			t.Inferred = append(t.Inferred, "artist")
		}
	}
	if t.Album == "" && usefulDirName(album) {
		t.Album = album
		t.Inferred = append(t.Inferred, "album")
	}
	return t
}

// usefulDirName reports whether a folder name is likely an artist or album
// name rather than the root of the file system or a catch-all folder.
func usefulDirName(name string) bool {
	if name == "" || name == "." || name == "/" || !utf8.ValidString(name) {
		return false
	}
	switch strings.ToLower(name) {
	case "music", "musik", "musique", "audio", "mp3", "flac", "downloads", "unknown", "various",
		"unsorted", "misc", "tmp", "home", "media", "mnt", "library", "songs", "tracks":
		return false
	}
	return true
}

// audioExtensions lists the file name endings the scanner looks at.
var audioExtensions = map[string]bool{
	".mp3": true, ".mp2": true, ".flac": true, ".ogg": true, ".oga": true, ".opus": true,
	".spx": true, ".m4a": true, ".m4b": true, ".mp4": true, ".aac": true, ".alac": true,
	".wav": true, ".wave": true, ".aif": true, ".aiff": true, ".aifc": true, ".wv": true,
	".ape": true, ".wma": true, ".asf": true, ".mpc": true, ".dsf": true, ".dff": true,
	".tta": true,
	// Tracker modules, which ffmpeg renders when it is installed.
	".xm": true, ".it": true, ".s3m": true, ".mod": true,
}

// IsAudioName reports whether a file name has an audio extension that the
// scanner reads.
func IsAudioName(name string) bool {
	return audioExtensions[strings.ToLower(filepath.Ext(name))]
}

// DisplayPath renders a path for a person with Escape.
func DisplayPath(p string) string { return Escape(p) }

// Escape makes untrusted text (a path, a tag, words a person gave) safe to
// print on a terminal, and is what every command uses to print it. Text
// that is plain is returned as it is. Control characters (ESC, BEL, line
// breaks, C1 controls), invisible format characters (bidirectional
// overrides and isolates, zero-width characters) and line or paragraph
// separators are shown as Go escapes such as \x1b or \u202e, and bytes
// that are not UTF-8 as \xNN, so nothing is run by the terminal and
// nothing reorders or hides what follows.
func Escape(s string) string { return escape(s, false) }

// EscapeLines is Escape, keeping newlines and tabs: for whole lines of
// output that are already laid out.
func EscapeLines(s string) string { return escape(s, true) }

// needsEscape reports whether r is shown as an escape.
func needsEscape(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || unicode.In(r, unicode.Zl, unicode.Zp)
}

func escape(s string, keepLayout bool) string {
	plain := true
	for _, r := range s {
		if r == utf8.RuneError || (needsEscape(r) && !(keepLayout && (r == '\n' || r == '\t'))) {
			plain = false
			break
		}
	}
	if plain {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case keepLayout && (r == '\n' || r == '\t'):
			b.WriteRune(r)
		case r < 0x80 && needsEscape(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case needsEscape(r) && r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		case needsEscape(r):
			fmt.Fprintf(&b, `\U%08x`, r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// describeFileError turns a per-file error into the reason printed beside
// the file's path.
func describeFileError(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "file vanished during the scan"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	case errors.Is(err, ErrEmptyFile), errors.Is(err, ErrNotAudio), errors.Is(err, ErrTooLarge):
		return err.Error()
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Op + ": " + pe.Err.Error()
	}
	return err.Error()
}

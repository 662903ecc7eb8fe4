package decode

import (
	"bytes"
	"encoding/binary"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Format is a container or codec family as found by Detect.
type Format string

// The formats Detect knows.
const (
	FormatUnknown Format = ""
	FormatMP3     Format = "mp3"
	FormatFLAC    Format = "flac"
	FormatVorbis  Format = "vorbis" // Ogg Vorbis
	FormatOpus    Format = "opus"   // Ogg Opus
	FormatOggFLAC Format = "oggflac"
	FormatWAV     Format = "wav"
	FormatAIFF    Format = "aiff"
	FormatAAC     Format = "aac"  // AAC in MP4/M4A, or raw ADTS
	FormatALAC    Format = "alac" // Apple Lossless in MP4/M4A or CAF
	FormatMP4     Format = "mp4"  // MP4 audio whose codec was not seen in the header
	FormatWMA     Format = "wma"
	// Tracker modules: notes and samples, which ffmpeg renders (through
	// libopenmpt).
	FormatXM  Format = "xm"  // FastTracker 2
	FormatIT  Format = "it"  // Impulse Tracker
	FormatS3M Format = "s3m" // Scream Tracker 3
	FormatMOD Format = "mod" // ProTracker and its kin
)

// IsModule reports whether f is a tracker module.
func (f Format) IsModule() bool {
	switch f {
	case FormatXM, FormatIT, FormatS3M, FormatMOD:
		return true
	}
	return false
}

// Extensions returns the file name endings that files of format f carry,
// the usual one first; none for FormatUnknown.
func (f Format) Extensions() []string {
	switch f {
	case FormatMP3:
		return []string{".mp3", ".mp2", ".mpga"}
	case FormatFLAC:
		return []string{".flac"}
	case FormatVorbis:
		return []string{".ogg", ".oga"}
	case FormatOpus:
		return []string{".opus", ".ogg", ".oga"}
	case FormatOggFLAC:
		return []string{".oga", ".ogg"}
	case FormatWAV:
		return []string{".wav", ".wave"}
	case FormatAIFF:
		return []string{".aiff", ".aif", ".aifc"}
	case FormatAAC:
		return []string{".m4a", ".m4b", ".mp4", ".aac"}
	case FormatALAC:
		return []string{".m4a", ".m4b", ".mp4", ".alac", ".caf"}
	case FormatMP4:
		return []string{".m4a", ".m4b", ".mp4"}
	case FormatWMA:
		return []string{".wma", ".asf"}
	case FormatXM:
		return []string{".xm"}
	case FormatIT:
		return []string{".it"}
	case FormatS3M:
		return []string{".s3m"}
	case FormatMOD:
		return []string{".mod"}
	}
	return nil
}

// goDecodable reports whether a pure Go decoder handles f.
func (f Format) goDecodable() bool {
	switch f {
	case FormatMP3, FormatFLAC, FormatVorbis, FormatOpus, FormatWAV, FormatAIFF:
		return true
	}
	return false
}

var extFormats = map[string]Format{
	".mp3": FormatMP3, ".mp2": FormatMP3, ".flac": FormatFLAC, ".ogg": FormatVorbis,
	".oga": FormatVorbis, ".opus": FormatOpus, ".wav": FormatWAV, ".wave": FormatWAV,
	".aif": FormatAIFF, ".aiff": FormatAIFF, ".aifc": FormatAIFF, ".m4a": FormatAAC,
	".m4b": FormatAAC, ".mp4": FormatMP4, ".aac": FormatAAC, ".alac": FormatALAC,
	".caf": FormatALAC, ".wma": FormatWMA, ".xm": FormatXM, ".it": FormatIT, ".s3m": FormatS3M,
	".mod": FormatMOD,
}

// headerSize is how much of the file Detect reads.
const headerSize = 64 << 10

// Detect returns the format of the file at path, from its magic bytes
// first and its extension when the bytes are not recognised. A zero-byte
// file is reported as ErrCorrupt.
func Detect(path string) (Format, error) {
	f, err := OpenRegular(path)
	if err != nil {
		return FormatUnknown, err
	}
	defer f.Close()
	head := make([]byte, headerSize)
	n, err := io.ReadFull(f, head)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return FormatUnknown, err
	}
	if n == 0 {
		return FormatUnknown, corruptf("the file is empty")
	}
	return refineMP4(detect(head[:n], path), f), nil
}

// refineMP4 looks for the codec in the last part of an MP4 file whose
// header did not name it: many encoders put the moov box at the end.
func refineMP4(format Format, f *os.File) Format {
	if format != FormatMP4 {
		return format
	}
	size, err := f.Stat()
	if err != nil {
		return format
	}
	off := max(0, size.Size()-headerSize)
	tail := make([]byte, size.Size()-off)
	if _, err := f.ReadAt(tail, off); err != nil && err != io.EOF {
		return format
	}
	return sniffMP4(tail)
}

// detect sniffs head, falling back on the extension of name.
func detect(head []byte, name string) Format {
	if f := sniff(head); f != FormatUnknown {
		return f
	}
	return extFormats[strings.ToLower(filepath.Ext(name))]
}

func sniff(b []byte) Format {
	f, rest := sniffMagic(b)
	if f != FormatUnknown {
		return f
	}
	return sniffFrames(rest)
}

// sniffMagic recognises the formats that announce themselves in their
// first bytes, and MP3 behind an ID3 tag. It returns what follows any ID3
// tag, for sniffFrames.
func sniffMagic(b []byte) (Format, []byte) {
	id3 := false
	// Skip ID3v2 tags, which may precede MP3 (and, rarely, FLAC or AAC).
	for len(b) >= 10 && string(b[:3]) == "ID3" {
		id3 = true
		size := int(b[6]&0x7f)<<21 | int(b[7]&0x7f)<<14 | int(b[8]&0x7f)<<7 | int(b[9]&0x7f)
		skip := 10 + size
		if b[5]&0x10 != 0 {
			skip += 10 // footer
		}
		if skip >= len(b) {
			// The tag is longer than the header we read; ID3 is almost
			// always MP3.
			return FormatMP3, nil
		}
		b = b[skip:]
	}
	f := sniffContainer(b)
	if f == FormatUnknown && id3 && sniffFrames(b) == FormatUnknown {
		f = FormatMP3 // ID3 is almost always MP3, even when frames start later
	}
	return f, b
}

func sniffContainer(b []byte) Format {
	switch {
	case len(b) >= 4 && string(b[:4]) == "fLaC":
		return FormatFLAC
	case len(b) >= 12 && string(b[:4]) == "RIFF" && string(b[8:12]) == "WAVE":
		return FormatWAV
	case len(b) >= 12 && string(b[:4]) == "FORM" && (string(b[8:12]) == "AIFF" || string(b[8:12]) == "AIFC"):
		return FormatAIFF
	case len(b) >= 4 && string(b[:4]) == "OggS":
		return sniffOgg(b)
	case len(b) >= 12 && string(b[4:8]) == "ftyp":
		return sniffMP4(b)
	case len(b) >= 4 && string(b[:4]) == "caff":
		return FormatALAC
	case len(b) >= 16 && bytes.Equal(b[:16], asfGUID):
		return FormatWMA
	case bytes.HasPrefix(b, []byte("Extended Module: ")):
		return FormatXM
	case bytes.HasPrefix(b, []byte("IMPM")):
		return FormatIT
	case len(b) >= 48 && string(b[44:48]) == "SCRM":
		return FormatS3M
	case len(b) >= 1084 && modSignature(b[1080:1084]):
		return FormatMOD
	}
	return FormatUnknown
}

// modSignature reports whether sig, at offset 1080 of a file, marks a
// ProTracker-style module: "M.K.", "M!K!", "FLT4", "6CHN", "16CH" and the
// like.
func modSignature(sig []byte) bool {
	switch string(sig) {
	case "M.K.", "M!K!", "M&K!", "FLT4", "FLT8", "CD81", "OKTA", "OCTA", "FA04", "FA06", "FA08":
		return true
	}
	digit := func(c byte) bool { return c >= '0' && c <= '9' }
	switch {
	case digit(sig[0]) && string(sig[1:]) == "CHN":
		return true
	case digit(sig[0]) && digit(sig[1]) && (string(sig[2:]) == "CH" || string(sig[2:]) == "CN"):
		return true
	}
	return false
}

// SniffMagic returns the format whose signature the first bytes of a file
// carry (an Ogg, RIFF, FORM, fLaC or MP4 header, a module's signature, or
// an ID3 tag for MP3), or FormatUnknown. Unlike Detect it never guesses
// from the name, nor from MPEG frame headers, which can turn up by chance
// in other data. head should be the first 4 KB or more (a ProTracker
// module's signature is at byte 1080).
func SniffMagic(head []byte) Format {
	f, _ := sniffMagic(head)
	return f
}

var asfGUID = []byte{0x30, 0x26, 0xB2, 0x75, 0x8E, 0x66, 0xCF, 0x11, 0xA6, 0xD9, 0x00, 0xAA, 0x00, 0x62, 0xCE, 0x6C}

func sniffOgg(b []byte) Format {
	if len(b) < 28 {
		return FormatUnknown
	}
	nseg := int(b[26])
	start := 27 + nseg
	if len(b) < start+8 {
		return FormatUnknown
	}
	p := b[start:]
	switch {
	case bytes.HasPrefix(p, []byte("OpusHead")):
		return FormatOpus
	case bytes.HasPrefix(p, []byte("\x01vorbis")):
		return FormatVorbis
	case bytes.HasPrefix(p, []byte("\x7fFLAC")):
		return FormatOggFLAC
	}
	return FormatUnknown
}

func sniffMP4(b []byte) Format {
	// The sample description names the codec; it is in the moov box, which
	// is usually (not always) near the start.
	switch {
	case bytes.Contains(b, []byte("alac")):
		return FormatALAC
	case bytes.Contains(b, []byte("mp4a")):
		return FormatAAC
	}
	return FormatMP4
}

// sniffFrames looks for two consecutive MPEG audio (or ADTS) frame headers
// near the start, which is how players tell a bare MP3 apart from noise.
func sniffFrames(b []byte) Format {
	limit := min(len(b)-4, 8192)
	for i := 0; i < limit; i++ {
		if b[i] != 0xFF || b[i+1]&0xE0 != 0xE0 {
			continue
		}
		if b[i+1]&0xF6 == 0xF0 { // ADTS: MPEG-4/2 AAC, layer 00
			if i+6 < len(b) {
				size := int(b[i+3]&0x03)<<11 | int(b[i+4])<<3 | int(b[i+5])>>5
				if j := i + size; size > 7 && j+1 < len(b) && b[j] == 0xFF && b[j+1]&0xF6 == 0xF0 {
					return FormatAAC
				}
			}
			continue
		}
		if n := mpegFrameLen(b[i:]); n > 0 && i+n+1 < len(b) && b[i+n] == 0xFF && b[i+n+1]&0xE0 == 0xE0 {
			return FormatMP3
		}
	}
	return FormatUnknown
}

// mpegFrameLen returns the length of the MPEG audio frame whose header is at
// the start of h, or 0 if the header is not valid.
func mpegFrameLen(h []byte) int {
	if len(h) < 4 {
		return 0
	}
	hdr := binary.BigEndian.Uint32(h)
	version := (hdr >> 19) & 3 // 0: 2.5, 2: 2, 3: 1
	layer := (hdr >> 17) & 3   // 1: III, 2: II, 3: I
	brIdx := (hdr >> 12) & 15
	srIdx := (hdr >> 10) & 3
	pad := int((hdr >> 9) & 1)
	if version == 1 || layer == 0 || brIdx == 0 || brIdx == 15 || srIdx == 3 {
		return 0
	}
	rates := [3]int{44100, 48000, 32000}
	sr := rates[srIdx]
	switch version {
	case 2:
		sr /= 2
	case 0:
		sr /= 4
	}
	v1 := version == 3
	var br int
	switch {
	case layer == 1 && v1: // Layer III, MPEG-1
		br = []int{0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320}[brIdx]
	case layer == 2 && v1: // Layer II
		br = []int{0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384}[brIdx]
	case layer == 3 && v1: // Layer I
		br = []int{0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448}[brIdx]
	case layer == 3: // Layer I, MPEG-2/2.5
		br = []int{0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256}[brIdx]
	default: // Layer II/III, MPEG-2/2.5
		br = []int{0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160}[brIdx]
	}
	switch {
	case layer == 3:
		return (12*br*1000/sr + pad) * 4
	case layer == 1 && !v1:
		return 72*br*1000/sr + pad
	default:
		return 144*br*1000/sr + pad
	}
}

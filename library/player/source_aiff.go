package player

import (
	"encoding/binary"
	"fmt"
	"io"
	"math"

	"github.com/gopxl/beep/v2"

	"sleeve/library/decode"
)

// aiffStream reads uncompressed AIFF and AIFF-C ("NONE", "twos" and
// little-endian "sowt") PCM of 8 to 32 bits as stereo. Mono is duplicated
// to both channels; of more than two channels, the first two are played.
type aiffStream struct {
	file     *bufferedFile
	channels int
	bytesPer int
	little   bool
	dataOff  int64 // file offset of the first frame
	frames   int   // frames in the file
	pos      int   // next frame
	raw      []byte
	err      error
}

func openAIFF(path string) (*source, error) {
	file, err := openBuffered(path)
	if err != nil {
		return nil, err
	}
	s, rate, err := parseAIFF(file)
	if err != nil {
		file.Close()
		return nil, err
	}
	return &source{StreamSeekCloser: s, rate: rate, format: decode.FormatAIFF, decoder: "go"}, nil
}

func parseAIFF(file *bufferedFile) (*aiffStream, int, error) {
	var hdr [12]byte
	if _, err := io.ReadFull(file, hdr[:]); err != nil {
		return nil, 0, corruptf("not valid AIFF: %v", err)
	}
	aifc := string(hdr[8:12]) == "AIFC"
	s := &aiffStream{file: file}
	var frames int64
	var bits int
	var rate float64
	haveComm := false
	offset := int64(12)
	for {
		var ch [8]byte
		if _, err := io.ReadFull(file, ch[:]); err != nil {
			return nil, 0, corruptf("AIFF has no sound data")
		}
		offset += 8
		id := string(ch[:4])
		size := int64(binary.BigEndian.Uint32(ch[4:]))
		switch id {
		case "COMM":
			if size < 18 {
				return nil, 0, corruptf("AIFF COMM chunk too short")
			}
			body := make([]byte, size+size%2)
			if _, err := io.ReadFull(file, body); err != nil {
				return nil, 0, corruptf("AIFF is truncated")
			}
			offset += int64(len(body))
			s.channels = int(binary.BigEndian.Uint16(body[0:]))
			frames = int64(binary.BigEndian.Uint32(body[2:]))
			bits = int(binary.BigEndian.Uint16(body[6:]))
			rate = extended80(body[8:18])
			if aifc && size >= 22 {
				switch comp := string(body[18:22]); comp {
				case "NONE", "twos":
				case "sowt":
					s.little = true
				default:
					return nil, 0, fmt.Errorf("%w: aiff-c %q compression", errNeedFFmpeg, comp)
				}
			}
			haveComm = true
		case "SSND":
			if !haveComm {
				return nil, 0, corruptf("AIFF sound data comes before its format")
			}
			var ob [8]byte
			if _, err := io.ReadFull(file, ob[:]); err != nil {
				return nil, 0, corruptf("AIFF is truncated")
			}
			if s.channels < 1 || bits < 1 || bits > 32 || rate < 1 || rate > 1e6 || math.IsNaN(rate) {
				return nil, 0, corruptf("AIFF format is invalid (%d channels, %d bits, %.0f Hz)", s.channels, bits, rate)
			}
			s.bytesPer = (bits + 7) / 8
			s.dataOff = offset + 8 + int64(binary.BigEndian.Uint32(ob[:4]))
			dataFrames := (size - 8) / int64(s.bytesPer*s.channels)
			s.frames = int(min(frames, dataFrames))
			if _, err := file.Seek(s.dataOff, io.SeekStart); err != nil {
				return nil, 0, corruptf("AIFF: %v", err)
			}
			return s, int(math.Round(rate)), nil
		default:
			if _, err := file.Seek(size+size%2, io.SeekCurrent); err != nil {
				return nil, 0, corruptf("AIFF: %v", err)
			}
			offset += size + size%2
		}
	}
}

// extended80 decodes an IEEE 754 80-bit extended float (big-endian).
func extended80(b []byte) float64 {
	exp := int(binary.BigEndian.Uint16(b[0:]) & 0x7fff)
	mant := binary.BigEndian.Uint64(b[2:])
	if exp == 0 && mant == 0 {
		return 0
	}
	v := float64(mant) * math.Pow(2, float64(exp-16383-63))
	if b[0]&0x80 != 0 {
		v = -v
	}
	return v
}

// sample decodes one big- or little-endian signed sample to [-1, 1).
func (s *aiffStream) sample(p []byte) float64 {
	var v int64
	if s.little {
		for k := s.bytesPer - 1; k >= 0; k-- {
			v = v<<8 | int64(p[k])
		}
	} else {
		for _, x := range p {
			v = v<<8 | int64(x)
		}
	}
	shift := 64 - 8*s.bytesPer
	v = v << shift >> shift // sign-extend
	return float64(v) / float64(int64(1)<<(8*s.bytesPer-1))
}

// Stream implements beep.Streamer.
func (s *aiffStream) Stream(samples [][2]float64) (int, bool) {
	if s.err != nil || s.pos >= s.frames {
		return 0, false
	}
	frameBytes := s.bytesPer * s.channels
	n := min(len(samples), s.frames-s.pos)
	if cap(s.raw) < n*frameBytes {
		s.raw = make([]byte, n*frameBytes)
	}
	raw := s.raw[:n*frameBytes]
	got, err := io.ReadFull(s.file, raw)
	n = got / frameBytes
	for i := range n {
		f := raw[i*frameBytes:]
		l := s.sample(f[:s.bytesPer])
		r := l
		if s.channels > 1 {
			r = s.sample(f[s.bytesPer : 2*s.bytesPer])
		}
		samples[i] = [2]float64{l, r}
	}
	s.pos += n
	if err != nil {
		s.err = corruptf("AIFF is truncated")
	}
	return n, n > 0
}

// Err implements beep.Streamer.
func (s *aiffStream) Err() error { return s.err }

// Len implements beep.StreamSeeker.
func (s *aiffStream) Len() int { return s.frames }

// Position implements beep.StreamSeeker.
func (s *aiffStream) Position() int { return s.pos }

// Seek implements beep.StreamSeeker.
func (s *aiffStream) Seek(p int) error {
	p = max(0, min(p, s.frames))
	if _, err := s.file.Seek(s.dataOff+int64(p)*int64(s.bytesPer*s.channels), io.SeekStart); err != nil {
		return err
	}
	s.pos = p
	return nil
}

// Close implements beep.StreamCloser.
func (s *aiffStream) Close() error { return s.file.Close() }

var _ beep.StreamSeekCloser = (*aiffStream)(nil)

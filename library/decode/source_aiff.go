package decode

import (
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"time"
)

// aiffSource reads uncompressed AIFF and AIFF-C ("NONE" and little-endian
// "sowt") PCM of 8 to 32 bits.
type aiffSource struct {
	file     *bufferedFile
	channels int
	bytesPer int
	little   bool
	left     int64 // frames left to read
	raw      []byte
	inf      Info
}

func openAIFF(path string, format Format, opt Options) (source, error) {
	file, err := openBuffered(path)
	if err != nil {
		return nil, err
	}
	s, err := parseAIFF(file, format, opt)
	if err != nil {
		file.Close()
		return nil, err
	}
	return s, nil
}

func parseAIFF(file *bufferedFile, format Format, opt Options) (*aiffSource, error) {
	var hdr [12]byte
	if _, err := io.ReadFull(file, hdr[:]); err != nil {
		return nil, corruptf("not valid AIFF: %v", err)
	}
	aifc := string(hdr[8:12]) == "AIFC"
	s := &aiffSource{file: file}
	var frames int64
	var bits int
	var rate float64
	haveComm := false
	for {
		var ch [8]byte
		if _, err := io.ReadFull(file, ch[:]); err != nil {
			return nil, corruptf("AIFF has no sound data")
		}
		id := string(ch[:4])
		size := int64(binary.BigEndian.Uint32(ch[4:]))
		switch id {
		case "COMM":
			if size < 18 {
				return nil, corruptf("AIFF COMM chunk too short")
			}
			body := make([]byte, size)
			if _, err := io.ReadFull(file, body); err != nil {
				return nil, corruptf("AIFF is truncated")
			}
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
					return nil, fmt.Errorf("%w (aiff-c %q compression): install ffmpeg to analyse it", ErrNoDecoder, comp)
				}
			}
			if size%2 == 1 {
				file.Seek(1, io.SeekCurrent)
			}
			haveComm = true
		case "SSND":
			if !haveComm {
				return nil, corruptf("AIFF sound data comes before its format")
			}
			var ob [8]byte
			if _, err := io.ReadFull(file, ob[:]); err != nil {
				return nil, corruptf("AIFF is truncated")
			}
			if _, err := file.Seek(int64(binary.BigEndian.Uint32(ob[:4])), io.SeekCurrent); err != nil {
				return nil, corruptf("AIFF: %v", err)
			}
			if s.channels < 1 || bits < 1 || bits > 32 || rate < 1 || rate > 1e6 || math.IsNaN(rate) {
				return nil, corruptf("AIFF format is invalid (%d channels, %d bits, %.0f Hz)", s.channels, bits, rate)
			}
			s.bytesPer = (bits + 7) / 8
			dataFrames := (size - 8) / int64(s.bytesPer*s.channels)
			frames = min(frames, dataFrames)
			s.inf = Info{Format: format, Decoder: decoderGo, SourceRate: int(math.Round(rate)), SourceChannels: s.channels,
				Duration: time.Duration(float64(frames) / rate * float64(time.Second))}
			skip := min(frames, int64(opt.Offset.Seconds()*rate+0.5))
			if skip > 0 {
				if _, err := file.Seek(skip*int64(s.bytesPer*s.channels), io.SeekCurrent); err != nil {
					return nil, corruptf("AIFF: %v", err)
				}
			}
			s.left = frames - skip
			return s, nil
		default:
			if _, err := file.Seek(size+size%2, io.SeekCurrent); err != nil {
				return nil, corruptf("AIFF: %v", err)
			}
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

func (s *aiffSource) read(dst []float32) (int, error) {
	if s.left <= 0 {
		return 0, io.EOF
	}
	frameBytes := s.bytesPer * s.channels
	n := int(min(int64(len(dst)), s.left))
	if cap(s.raw) < n*frameBytes {
		s.raw = make([]byte, n*frameBytes)
	}
	raw := s.raw[:n*frameBytes]
	got, err := io.ReadFull(s.file, raw)
	n = got / frameBytes
	scale := 1 / math.Pow(2, float64(8*s.bytesPer-1))
	for i := range n {
		var sum float64
		for c := range s.channels {
			p := raw[(i*s.channels+c)*s.bytesPer:][:s.bytesPer]
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
			// Sign-extend.
			shift := 64 - 8*s.bytesPer
			v = v << shift >> shift
			sum += float64(v)
		}
		dst[i] = float32(sum / float64(s.channels) * scale)
	}
	s.left -= int64(n)
	if err != nil {
		return n, corruptf("AIFF is truncated")
	}
	return n, nil
}

func (s *aiffSource) close() error { return s.file.Close() }
func (s *aiffSource) info() Info   { return s.inf }

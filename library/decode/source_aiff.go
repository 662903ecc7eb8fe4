package decode

import (
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"time"
)

// aiffSource reads uncompressed AIFF and AIFF-C ("NONE", "twos" and
// little-endian "sowt") PCM of 8 to 32 bits. As mono it averages all
// channels; as stereo it duplicates mono and keeps the first two of more.
type aiffSource struct {
	file     *bufferedFile
	channels int     // in the file
	out      int     // channels delivered
	bytesPer int     // per sample
	little   bool    // sowt
	rate     float64 // as the file gives it
	dataOff  int64   // file offset of the first frame
	frames   int     // frames in the file
	pos      int     // next frame
	raw      []byte
	inf      Info
}

func openAIFF(path string, opt FrameOptions) (FrameSource, error) {
	file, err := openBuffered(path)
	if err != nil {
		return nil, err
	}
	s, err := parseAIFF(file)
	if err != nil {
		file.Close()
		return nil, err
	}
	s.out = opt.Channels
	return s, nil
}

func parseAIFF(file *bufferedFile) (*aiffSource, error) {
	var hdr [12]byte
	if _, err := io.ReadFull(file, hdr[:]); err != nil {
		return nil, corruptf("not valid AIFF: %v", err)
	}
	aifc := string(hdr[8:12]) == "AIFC"
	s := &aiffSource{file: file}
	var frames int64
	var bits int
	haveComm := false
	offset := int64(12)
	for {
		var ch [8]byte
		if _, err := io.ReadFull(file, ch[:]); err != nil {
			return nil, corruptf("AIFF has no sound data")
		}
		offset += 8
		id := string(ch[:4])
		size := int64(binary.BigEndian.Uint32(ch[4:]))
		switch id {
		case "COMM":
			if size < 18 {
				return nil, corruptf("AIFF COMM chunk too short")
			}
			body := make([]byte, size+size%2)
			if _, err := io.ReadFull(file, body); err != nil {
				return nil, corruptf("AIFF is truncated")
			}
			offset += int64(len(body))
			s.channels = int(binary.BigEndian.Uint16(body[0:]))
			frames = int64(binary.BigEndian.Uint32(body[2:]))
			bits = int(binary.BigEndian.Uint16(body[6:]))
			s.rate = extended80(body[8:18])
			if aifc && size >= 22 {
				switch comp := string(body[18:22]); comp {
				case "NONE", "twos":
				case "sowt":
					s.little = true
				default:
					return nil, needFFmpeg(fmt.Sprintf("aiff-c %q compression", comp))
				}
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
			rate := s.rate
			if s.channels < 1 || bits < 1 || bits > 32 || rate < 1 || rate > 1e6 || math.IsNaN(rate) {
				return nil, corruptf("AIFF format is invalid (%d channels, %d bits, %.0f Hz)", s.channels, bits, rate)
			}
			s.bytesPer = (bits + 7) / 8
			s.dataOff = offset + 8 + int64(binary.BigEndian.Uint32(ob[:4]))
			dataFrames := (size - 8) / int64(s.bytesPer*s.channels)
			s.frames = int(min(frames, dataFrames))
			s.inf = Info{Format: FormatAIFF, Decoder: decoderGo, SourceRate: int(math.Round(rate)), SourceChannels: s.channels,
				Duration: time.Duration(float64(s.frames) / rate * float64(time.Second))}
			if _, err := file.Seek(s.dataOff, io.SeekStart); err != nil {
				return nil, corruptf("AIFF: %v", err)
			}
			return s, nil
		default:
			if _, err := file.Seek(size+size%2, io.SeekCurrent); err != nil {
				return nil, corruptf("AIFF: %v", err)
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

// sample decodes one big- or little-endian signed sample as an integer.
func (s *aiffSource) sample(p []byte) float64 {
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
	return float64(v << shift >> shift) // sign-extend
}

func (s *aiffSource) ReadFrames(dst []float64) (int, error) {
	if s.pos >= s.frames {
		return 0, io.EOF
	}
	frameBytes := s.bytesPer * s.channels
	n := min(len(dst)/s.out, s.frames-s.pos)
	if cap(s.raw) < n*frameBytes {
		s.raw = make([]byte, n*frameBytes)
	}
	raw := s.raw[:n*frameBytes]
	got, err := io.ReadFull(s.file, raw)
	n = got / frameBytes
	full := float64(int64(1) << (8*s.bytesPer - 1))
	for i := range n {
		f := raw[i*frameBytes:]
		if s.out == 2 {
			l := s.sample(f[:s.bytesPer]) / full
			r := l
			if s.channels > 1 {
				r = s.sample(f[s.bytesPer:2*s.bytesPer]) / full
			}
			dst[2*i], dst[2*i+1] = l, r
			continue
		}
		var sum float64
		for c := range s.channels {
			sum += s.sample(f[c*s.bytesPer:][:s.bytesPer])
		}
		dst[i] = sum / float64(s.channels) * (1 / full)
	}
	s.pos += n
	if err != nil {
		return n, corruptf("AIFF is truncated")
	}
	return n, nil
}

func (s *aiffSource) Seek(p int) error {
	p = max(0, min(p, s.frames))
	if _, err := s.file.Seek(s.dataOff+int64(p)*int64(s.bytesPer*s.channels), io.SeekStart); err != nil {
		return err
	}
	s.pos = p
	return nil
}

func (s *aiffSource) Len() int      { return s.frames }
func (s *aiffSource) Position() int { return s.pos }
func (s *aiffSource) Rate() int     { return s.inf.SourceRate }
func (s *aiffSource) Info() Info    { return s.inf }
func (s *aiffSource) Close() error  { return s.file.Close() }

package decode

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/pion/opus"
	"github.com/pion/opus/pkg/oggreader"
)

const (
	opusRate = 48000
	// opusPreroll is how much audio is decoded (and discarded) before a
	// start position so the decoder has converged (RFC 7845 §4.6
	// recommends 80 ms).
	opusPreroll = 3840
	// opusMaxFrame is the largest packet: 120 ms at 48 kHz.
	opusMaxFrame = 5760
)

// opusSource decodes mono or stereo Ogg Opus with pion/opus at 48 kHz.
// Seeking reopens the stream and skips whole Ogg pages without decoding
// them, then decodes a short pre-roll.
type opusSource struct {
	file     *bufferedFile
	ogg      *oggreader.OggReader
	dec      opus.Decoder
	channels int  // in the file
	out      int  // channels delivered
	playback bool // a truncated stream ends quietly
	preSkip  int64
	pcm      []float32
	pending  []float64 // decoded frames not yet returned
	pendBuf  []float64
	pos      int64 // 48 kHz granule (including pre-skip) of the next decoded frame
	start    int64 // first granule to return
	skipTo   int64 // pages ending at or before this granule are not decoded
	end      int64 // granule after the last frame, or -1 if unknown
	done     int   // frames returned since the start of the track
	inf      Info
	eof      bool
}

func openOpus(path string, opt FrameOptions) (FrameSource, error) {
	file, err := openBuffered(path)
	if err != nil {
		return nil, err
	}
	s := &opusSource{file: file, end: -1, out: opt.Channels, playback: opt.Playback, pcm: make([]float32, 2*opusMaxFrame)}
	if err := s.reset(0); err != nil {
		file.Close()
		return nil, err
	}
	s.inf = Info{Format: FormatOpus, Decoder: decoderGo, SourceRate: opusRate, SourceChannels: s.channels}
	if g, ok := lastGranule(path); ok && g >= s.preSkip {
		s.end = g
		s.inf.Duration = time.Duration(float64(g-s.preSkip) / opusRate * float64(time.Second))
	}
	return s, nil
}

// reset restarts decoding from the beginning of the file so that the next
// frame returned is frame p of the track.
func (s *opusSource) reset(p int) error {
	if _, err := s.file.Seek(0, io.SeekStart); err != nil {
		return err
	}
	ogg, head, err := oggreader.NewWith(s.file)
	if err != nil {
		return corruptf("not valid Ogg Opus: %v", err)
	}
	if head.Channels < 1 || head.Channels > 2 || head.ChannelMap > 1 {
		return needFFmpeg(fmt.Sprintf("opus with %d channels, mapping family %d", head.Channels, head.ChannelMap))
	}
	dec, err := opus.NewDecoderWithOutput(opusRate, int(head.Channels))
	if err != nil {
		return corruptf("opus decoder: %v", err)
	}
	s.ogg, s.dec, s.channels = ogg, dec, int(head.Channels)
	s.preSkip = int64(head.PreSkip)
	s.pos = 0
	s.start = s.preSkip + int64(p)
	s.skipTo = s.start - opusPreroll
	s.done = p
	s.pending = nil
	s.eof = false
	return nil
}

// lastGranule returns the granule position of the last Ogg page, which for
// Opus is the 48 kHz frame count including the pre-skip.
func lastGranule(path string) (int64, bool) {
	f, err := OpenRegular(path)
	if err != nil {
		return 0, false
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return 0, false
	}
	size := fi.Size()
	off := max(0, size-65536)
	buf := make([]byte, size-off)
	if _, err := f.ReadAt(buf, off); err != nil && err != io.EOF {
		return 0, false
	}
	for i := bytes.LastIndex(buf, []byte("OggS")); i >= 0; i = bytes.LastIndex(buf[:i], []byte("OggS")) {
		if i+27 <= len(buf) && buf[i+4] == 0 {
			if g := int64(binary.LittleEndian.Uint64(buf[i+6:])); g >= 0 {
				return g, true
			}
		}
	}
	return 0, false
}

func (s *opusSource) ReadFrames(dst []float64) (int, error) {
	n := 0
	var err error
	for n < len(dst) {
		if len(s.pending) > 0 {
			k := copy(dst[n:], s.pending)
			s.pending = s.pending[k:]
			n += k
			continue
		}
		if s.eof {
			break
		}
		if err = s.decodeNext(); err == io.EOF {
			s.eof, err = true, nil
		} else if err != nil {
			break
		}
	}
	n /= s.out
	s.done += n
	if err == nil && n == 0 && s.eof {
		err = io.EOF
	}
	return n, err
}

// decodeNext decodes one packet into pending (possibly nothing, while
// skipping).
func (s *opusSource) decodeNext() error {
	packet, page, err := s.ogg.ParseNextPacket()
	if err != nil {
		if errors.Is(err, io.EOF) || (s.playback && errors.Is(err, io.ErrUnexpectedEOF)) {
			return io.EOF
		}
		return corruptf("opus stream: %v", err)
	}
	if bytes.HasPrefix(packet, []byte("OpusTags")) || len(packet) == 0 {
		return nil
	}
	if s.end >= 0 && s.pos >= s.end {
		return io.EOF
	}
	// Skip whole pages that end before the pre-roll.
	if s.skipTo > 0 && page != nil && int64(page.GranulePosition) <= s.skipTo {
		s.pos = int64(page.GranulePosition)
		return nil
	}
	n, err := s.dec.DecodeToFloat32(packet, s.pcm)
	if err != nil {
		return corruptf("opus packet at %.2f s: %v", float64(s.pos)/opusRate, err)
	}
	from, to := s.pos, s.pos+int64(n)
	s.pos = to
	lo, hi := max(from, s.start), to
	if s.end >= 0 {
		hi = min(hi, s.end)
	}
	if hi <= lo {
		return nil
	}
	s.pendBuf = s.pendBuf[:0]
	for i := lo - from; i < hi-from; i++ {
		switch {
		case s.channels == 1 && s.out == 2:
			v := float64(s.pcm[i])
			s.pendBuf = append(s.pendBuf, v, v)
		case s.channels == 1:
			s.pendBuf = append(s.pendBuf, float64(s.pcm[i]))
		case s.out == 2:
			s.pendBuf = append(s.pendBuf, float64(s.pcm[2*i]), float64(s.pcm[2*i+1]))
		default:
			s.pendBuf = append(s.pendBuf, float64(0.5*(s.pcm[2*i]+s.pcm[2*i+1])))
		}
	}
	s.pending = s.pendBuf
	return nil
}

func (s *opusSource) Len() int {
	if s.end < 0 {
		return 0
	}
	return int(s.end - s.preSkip)
}

func (s *opusSource) Seek(p int) error {
	if l := s.Len(); l > 0 {
		p = min(p, l)
	}
	return s.reset(max(p, 0))
}

func (s *opusSource) Position() int { return s.done }
func (s *opusSource) Rate() int     { return opusRate }
func (s *opusSource) Info() Info    { return s.inf }
func (s *opusSource) Close() error  { return s.file.Close() }

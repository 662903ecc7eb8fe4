package player

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/gopxl/beep/v2"
	"github.com/pion/opus"
	"github.com/pion/opus/pkg/oggreader"

	"sleeve/library/decode"
)

const (
	opusRate = 48000
	// opusPreroll is how much audio is decoded (and discarded) before a
	// seek target so the decoder has converged (RFC 7845 §4.6: 80 ms).
	opusPreroll = 3840
	// opusMaxFrame is the largest packet: 120 ms at 48 kHz.
	opusMaxFrame = 5760
)

// opusStream decodes mono or stereo Ogg Opus with pion/opus at 48 kHz.
// Seeking reopens the stream and skips whole Ogg pages without decoding
// them, then decodes a short pre-roll.
type opusStream struct {
	file     *bufferedFile
	ogg      *oggreader.OggReader
	dec      opus.Decoder
	channels int
	preSkip  int64
	pcm      []float32
	pending  [][2]float64 // decoded frames not yet returned
	pendBuf  [][2]float64
	pos      int64 // 48 kHz granule (including pre-skip) of the next decoded frame
	start    int64 // first granule to return
	skipTo   int64 // pages ending at or before this granule are not decoded
	end      int64 // granule after the last frame, or -1 if unknown
	out      int   // frames returned since the start of the track
	eof      bool
	err      error
}

func openOpus(path string) (*source, error) {
	file, err := openBuffered(path)
	if err != nil {
		return nil, err
	}
	s := &opusStream{file: file, end: -1, pcm: make([]float32, 2*opusMaxFrame)}
	if err := s.reset(0); err != nil {
		file.Close()
		return nil, err
	}
	if g, ok := lastGranule(path); ok && g >= s.preSkip {
		s.end = g
	}
	return &source{StreamSeekCloser: s, rate: opusRate, format: decode.FormatOpus, decoder: "go"}, nil
}

// reset restarts decoding from the beginning of the file so that the next
// frame returned is frame p of the track.
func (s *opusStream) reset(p int) error {
	if _, err := s.file.Seek(0, io.SeekStart); err != nil {
		return err
	}
	ogg, head, err := oggreader.NewWith(s.file)
	if err != nil {
		return corruptf("not valid Ogg Opus: %v", err)
	}
	if head.Channels < 1 || head.Channels > 2 || head.ChannelMap > 1 {
		return fmt.Errorf("%w: opus with %d channels, mapping family %d", errNeedFFmpeg, head.Channels, head.ChannelMap)
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
	s.out = p
	s.pending = nil
	s.eof = false
	s.err = nil
	return nil
}

// lastGranule returns the granule position of the last Ogg page, which for
// Opus is the 48 kHz frame count including the pre-skip.
func lastGranule(path string) (int64, bool) {
	f, err := os.Open(path)
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

// Stream implements beep.Streamer.
func (s *opusStream) Stream(samples [][2]float64) (int, bool) {
	n := 0
	for n < len(samples) {
		if len(s.pending) > 0 {
			k := copy(samples[n:], s.pending)
			s.pending = s.pending[k:]
			n += k
			continue
		}
		if s.eof || s.err != nil {
			break
		}
		if err := s.decodeNext(); err != nil {
			if err == io.EOF {
				s.eof = true
			} else {
				s.err = err
			}
		}
	}
	s.out += n
	return n, n > 0
}

// decodeNext decodes one packet into pending (possibly nothing, while
// skipping).
func (s *opusStream) decodeNext() error {
	packet, page, err := s.ogg.ParseNextPacket()
	if err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
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
		if s.channels == 2 {
			s.pendBuf = append(s.pendBuf, [2]float64{float64(s.pcm[2*i]), float64(s.pcm[2*i+1])})
		} else {
			v := float64(s.pcm[i])
			s.pendBuf = append(s.pendBuf, [2]float64{v, v})
		}
	}
	s.pending = s.pendBuf
	return nil
}

// Err implements beep.Streamer.
func (s *opusStream) Err() error { return s.err }

// Len implements beep.StreamSeeker; it is 0 when the last page could not
// be read.
func (s *opusStream) Len() int {
	if s.end < 0 {
		return 0
	}
	return int(s.end - s.preSkip)
}

// Position implements beep.StreamSeeker.
func (s *opusStream) Position() int { return s.out }

// Seek implements beep.StreamSeeker.
func (s *opusStream) Seek(p int) error {
	if l := s.Len(); l > 0 {
		p = min(p, l)
	}
	return s.reset(max(p, 0))
}

// Close implements beep.StreamCloser.
func (s *opusStream) Close() error { return s.file.Close() }

var _ beep.StreamSeekCloser = (*opusStream)(nil)

package decode

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/pion/opus"
	"github.com/pion/opus/pkg/oggreader"
)

const (
	opusRate = 48000
	// opusPreroll is how much audio is decoded (and discarded) before an
	// Offset so the decoder has converged (RFC 7845 §4.6 recommends 80 ms).
	opusPreroll = 3840
	// opusMaxFrame is the largest packet: 120 ms at 48 kHz.
	opusMaxFrame = 5760
)

// opusSource decodes Ogg Opus with pion/opus. Ogg pages before the Offset
// are skipped without being decoded.
type opusSource struct {
	file     *bufferedFile
	ogg      *oggreader.OggReader
	dec      opus.Decoder
	channels int
	pcm      []float32
	pending  []float32 // decoded mono samples not yet returned
	pos      int64     // 48 kHz position (including pre-skip) of the next decoded sample
	start    int64     // first position to return: pre-skip + offset
	end      int64     // position after the last sample, or -1 if unknown
	skipTo   int64     // packets of pages ending at or before this are not decoded
	inf      Info
	eof      bool
}

func openOpus(path string, format Format, opt Options) (source, error) {
	file, err := openBuffered(path)
	if err != nil {
		return nil, err
	}
	ogg, head, err := oggreader.NewWith(file)
	if err != nil {
		file.Close()
		return nil, corruptf("not valid Ogg Opus: %v", err)
	}
	if head.Channels < 1 || head.Channels > 2 || head.ChannelMap > 1 {
		file.Close()
		return nil, fmt.Errorf("%w (opus with %d channels, mapping family %d): install ffmpeg to analyse it",
			ErrNoDecoder, head.Channels, head.ChannelMap)
	}
	dec, err := opus.NewDecoderWithOutput(opusRate, int(head.Channels))
	if err != nil {
		file.Close()
		return nil, corruptf("opus decoder: %v", err)
	}
	s := &opusSource{
		file:     file,
		ogg:      ogg,
		dec:      dec,
		channels: int(head.Channels),
		pcm:      make([]float32, opusMaxFrame*int(head.Channels)),
		pos:      0,
		end:      -1,
		inf:      Info{Format: format, Decoder: decoderGo, SourceRate: opusRate, SourceChannels: int(head.Channels)},
	}
	preSkip := int64(head.PreSkip)
	s.start = preSkip + int64(opt.Offset.Seconds()*opusRate+0.5)
	s.skipTo = s.start - opusPreroll
	if g, ok := lastGranule(path); ok && g >= preSkip {
		s.end = g
		s.inf.Duration = time.Duration(float64(g-preSkip) / opusRate * float64(time.Second))
	}
	return s, nil
}

// lastGranule returns the granule position of the last Ogg page, which for
// Opus is the 48 kHz sample count including the pre-skip.
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
			g := int64(binary.LittleEndian.Uint64(buf[i+6:]))
			if g >= 0 {
				return g, true
			}
		}
	}
	return 0, false
}

func (s *opusSource) read(dst []float32) (int, error) {
	n := 0
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
		if err := s.decodeNext(); err != nil {
			if err == io.EOF {
				s.eof = true
				break
			}
			return n, err
		}
	}
	if n == 0 && s.eof {
		return 0, io.EOF
	}
	return n, nil
}

// decodeNext decodes one packet into pending (possibly nothing, while
// skipping).
func (s *opusSource) decodeNext() error {
	packet, page, err := s.ogg.ParseNextPacket()
	if err != nil {
		if errors.Is(err, io.EOF) {
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
	lo := max(from, s.start)
	hi := to
	if s.end >= 0 {
		hi = min(hi, s.end)
	}
	if hi <= lo {
		return nil
	}
	s.pending = s.pending[:0]
	for i := lo - from; i < hi-from; i++ {
		if s.channels == 2 {
			s.pending = append(s.pending, 0.5*(s.pcm[2*i]+s.pcm[2*i+1]))
		} else {
			s.pending = append(s.pending, s.pcm[i])
		}
	}
	return nil
}

func (s *opusSource) close() error { return s.file.Close() }
func (s *opusSource) info() Info   { return s.inf }

package synth

import (
	"bufio"
	"crypto/md5"
	"encoding/binary"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/mewkiz/flac"
	"github.com/mewkiz/flac/frame"
	"github.com/mewkiz/flac/meta"
)

// flacBlockSize is the number of samples per channel in each FLAC frame.
const flacBlockSize = 4096

// flacVendor is written as the vendor string of the VORBIS_COMMENT block.
const flacVendor = "sleeve synth (mewkiz/flac)"

// WriteFLAC writes samples as a 16-bit FLAC stream with a VORBIS_COMMENT
// block holding tags (keys such as TITLE, ARTIST, ALBUM, ALBUMARTIST, GENRE,
// DATE, TRACKNUMBER, DISCNUMBER, COMPOSER, COMMENT; keys are upper-cased and
// written in sorted order so output is deterministic). With channels > 1
// the samples are interleaved. It does not close w.
//
// The STREAMINFO block carries the total sample count and the MD5 of the
// audio, so w need not be seekable.
func WriteFLAC(w io.Writer, samples []float32, sampleRate, channels int, tags map[string]string) error {
	if err := checkFormat(samples, sampleRate, channels); err != nil {
		return err
	}
	if sampleRate >= 1<<20 {
		return fmt.Errorf("%w: sample rate %d too high for FLAC", ErrBadFormat, sampleRate)
	}
	frames := len(samples) / channels
	pcm := make([]int32, len(samples))
	sum := md5.New()
	var b [2]byte
	for i, v := range samples {
		s := toInt16(v)
		pcm[i] = int32(s)
		binary.LittleEndian.PutUint16(b[:], uint16(s))
		sum.Write(b[:])
	}
	bs := uint16(flacBlockSize)
	if frames < flacBlockSize {
		bs = uint16(max(frames, 16))
	}
	info := &meta.StreamInfo{
		BlockSizeMin:  bs,
		BlockSizeMax:  bs,
		SampleRate:    uint32(sampleRate),
		NChannels:     uint8(channels),
		BitsPerSample: 16,
		NSamples:      uint64(frames),
	}
	copy(info.MD5sum[:], sum.Sum(nil))

	var blocks []*meta.Block
	if len(tags) > 0 {
		keys := make([]string, 0, len(tags))
		for k := range tags {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		vc := &meta.VorbisComment{Vendor: flacVendor}
		for _, k := range keys {
			key := strings.ToUpper(k)
			if key == "" || strings.ContainsAny(key, "=~") {
				return fmt.Errorf("%w: tag key %q", ErrBadFormat, k)
			}
			vc.Tags = append(vc.Tags, [2]string{key, tags[k]})
		}
		blocks = append(blocks, &meta.Block{
			// Length only needs to be non-zero: the encoder computes it.
			Header: meta.Header{Type: meta.TypeVorbisComment, Length: 1},
			Body:   vc,
		})
	}

	bw := bufio.NewWriterSize(w, 64<<10)
	// Hide any Seeker and Closer of w: the encoder would otherwise rewrite the
	// header in place (we already know it) and close the caller's writer.
	enc, err := flac.NewEncoder(struct{ io.Writer }{bw}, info, blocks...)
	if err != nil {
		return fmt.Errorf("flac encoder: %w", err)
	}
	chans := frame.ChannelsMono
	switch channels {
	case 1:
	case 2:
		chans = frame.ChannelsLR
	default:
		chans = frame.Channels(channels - 1) // 3..8 independent channels
	}
	for off := 0; off < frames; off += flacBlockSize {
		n := min(flacBlockSize, frames-off)
		f := &frame.Frame{
			Header: frame.Header{
				HasFixedBlockSize: true,
				BlockSize:         uint16(n),
				SampleRate:        uint32(sampleRate),
				Channels:          chans,
				BitsPerSample:     16,
			},
			Subframes: make([]*frame.Subframe, channels),
		}
		for c := range channels {
			ch := make([]int32, n)
			for i := range n {
				ch[i] = pcm[(off+i)*channels+c]
			}
			f.Subframes[c] = &frame.Subframe{
				SubHeader: frame.SubHeader{Pred: frame.PredVerbatim},
				Samples:   ch,
				NSamples:  n,
			}
		}
		if err := enc.WriteFrame(f); err != nil {
			return fmt.Errorf("flac frame at %d: %w", off, err)
		}
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("flac close: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write flac: %w", err)
	}
	return nil
}

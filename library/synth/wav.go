package synth

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// ErrBadFormat reports samples, a sample rate or a channel count that cannot
// be written.
var ErrBadFormat = errors.New("synth: bad audio format")

func checkFormat(samples []float32, sampleRate, channels int) error {
	if sampleRate <= 0 || sampleRate > 655350 {
		return fmt.Errorf("%w: sample rate %d", ErrBadFormat, sampleRate)
	}
	if channels < 1 || channels > 8 {
		return fmt.Errorf("%w: %d channels", ErrBadFormat, channels)
	}
	if len(samples)%channels != 0 {
		return fmt.Errorf("%w: %d samples is not a whole number of %d-channel frames", ErrBadFormat, len(samples), channels)
	}
	return nil
}

// toInt16 converts a sample in [-1, 1] to 16-bit PCM, clipping anything
// outside and rounding to nearest.
func toInt16(v float32) int16 {
	x := math.Round(float64(v) * 32767)
	if x > 32767 {
		x = 32767
	}
	if x < -32768 {
		x = -32768
	}
	if x != x { // NaN
		x = 0
	}
	return int16(x)
}

// WriteWAV writes samples as a 16-bit PCM RIFF/WAVE file. With channels > 1
// the samples are interleaved (L, R, L, R, …). Values outside [-1, 1] are
// clipped. It does not close w.
func WriteWAV(w io.Writer, samples []float32, sampleRate, channels int) error {
	if err := checkFormat(samples, sampleRate, channels); err != nil {
		return err
	}
	dataLen := uint64(len(samples)) * 2
	if dataLen > math.MaxUint32-36 {
		return fmt.Errorf("%w: too long for WAV", ErrBadFormat)
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	var h [44]byte
	copy(h[0:], "RIFF")
	binary.LittleEndian.PutUint32(h[4:], uint32(36+dataLen))
	copy(h[8:], "WAVE")
	copy(h[12:], "fmt ")
	binary.LittleEndian.PutUint32(h[16:], 16)
	binary.LittleEndian.PutUint16(h[20:], 1) // PCM
	binary.LittleEndian.PutUint16(h[22:], uint16(channels))
	binary.LittleEndian.PutUint32(h[24:], uint32(sampleRate))
	binary.LittleEndian.PutUint32(h[28:], uint32(sampleRate*channels*2))
	binary.LittleEndian.PutUint16(h[32:], uint16(channels*2))
	binary.LittleEndian.PutUint16(h[34:], 16)
	copy(h[36:], "data")
	binary.LittleEndian.PutUint32(h[40:], uint32(dataLen))
	if _, err := bw.Write(h[:]); err != nil {
		return fmt.Errorf("write wav header: %w", err)
	}
	var b [2]byte
	for _, v := range samples {
		binary.LittleEndian.PutUint16(b[:], uint16(toInt16(v)))
		if _, err := bw.Write(b[:]); err != nil {
			return fmt.Errorf("write wav data: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write wav data: %w", err)
	}
	return nil
}

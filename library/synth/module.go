package synth

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"math"
)

// WriteXM writes a small FastTracker 2 module (.xm) to w: one instrument,
// a looped 32-sample sine, playing a rising and falling C major line on
// every fourth row of one 64-row pattern, at speed 6 and 125 BPM (a row
// lasts 0.12 s, so the pattern lasts 7.68 s). The pattern is played
// repeats times; title is the module's name (up to 20 bytes).
//
// Tracker modules hold notes and samples rather than audio. Players such
// as cmus and kew (through libopenmpt) and ffmpeg play them; this is the
// smallest file that they accept, written byte by byte from the format's
// description (XM 1.04).
func WriteXM(w io.Writer, title string, repeats int) error {
	if repeats < 1 || repeats > 256 {
		return fmt.Errorf("%w: %d repeats of the pattern", ErrBadFormat, repeats)
	}
	var b bytes.Buffer
	le := func(v any) { binary.Write(&b, binary.LittleEndian, v) }
	fixed := func(s string, n int) {
		field := make([]byte, n)
		copy(field, s)
		b.Write(field)
	}
	const channels = 2

	// Header.
	b.WriteString("Extended Module: ")
	fixed(title, 20)
	b.WriteByte(0x1A)
	fixed("sleeve synth", 20)
	le(uint16(0x0104))         // version
	le(uint32(276))            // header size, from here
	le(uint16(repeats))        // song length in orders
	le(uint16(0))              // restart position
	le(uint16(channels))       // channels
	le(uint16(1))              // patterns
	le(uint16(1))              // instruments
	le(uint16(1))              // flags: linear frequency table
	le(uint16(6))              // ticks per row
	le(uint16(125))            // BPM
	b.Write(make([]byte, 256)) // order table: pattern 0 throughout

	// Pattern 0, packed: 0x80 alone is an empty cell; 0x83 is followed by
	// a note and an instrument.
	scale := []byte{49, 51, 53, 54, 56, 58, 60, 61} // C-4 D E F G A B C-5
	var data bytes.Buffer
	for row := range 64 {
		if row%4 == 0 {
			step := row / 4 % 16
			if step >= 8 {
				step = 15 - step // back down
			}
			data.Write([]byte{0x83, scale[step], 1})
		} else {
			data.WriteByte(0x80)
		}
		for range channels - 1 {
			data.WriteByte(0x80)
		}
	}
	le(uint32(9))  // pattern header size
	b.WriteByte(0) // packing type
	le(uint16(64)) // rows
	le(uint16(data.Len()))
	b.Write(data.Bytes())

	// Instrument 1 with one sample.
	const cycle = 32
	le(uint32(263)) // instrument header size
	fixed("sine", 22)
	b.WriteByte(0)
	le(uint16(1))                // samples
	le(uint32(40))               // sample header size
	b.Write(make([]byte, 96))    // keymap: sample 0 for every note
	b.Write(make([]byte, 48+48)) // volume and panning envelopes
	b.Write(make([]byte, 2+6+2)) // point counts, sustain and loops, envelope types (off)
	b.Write(make([]byte, 4))     // vibrato
	le(uint16(0))                // fade-out
	b.Write(make([]byte, 22))    // reserved
	le(uint32(cycle))            // sample length in bytes
	le(uint32(0))                // loop start
	le(uint32(cycle))            // loop length
	b.WriteByte(48)              // volume (of 64)
	b.WriteByte(0)               // finetune
	b.WriteByte(1)               // forward loop, 8-bit
	b.WriteByte(128)             // panning: centre
	b.WriteByte(0)               // relative note
	b.WriteByte(0)               // reserved
	fixed("sine cycle", 22)
	// 8-bit samples, each stored as the difference from the previous.
	prev := int8(0)
	for i := range cycle {
		v := int8(math.Round(100 * math.Sin(2*math.Pi*float64(i)/cycle)))
		b.WriteByte(byte(v - prev))
		prev = v
	}
	_, err := w.Write(b.Bytes())
	return err
}

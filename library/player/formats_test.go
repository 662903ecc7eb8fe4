package player

import (
	"context"
	"math"
	"testing"
	"time"
)

// TestEveryFormat plays a 1.5 s sine in every format library/decode reads
// through the null output: whole, as a preview window, and with a seek.
func TestEveryFormat(t *testing.T) {
	dir := t.TempDir()
	formats := []struct {
		file, format, decoder string
		slack                 time.Duration // encoder delay and padding
	}{
		{"tone.wav", "wav", "go", 0},
		{"tone.flac", "flac", "go", 0},
		{"tone.aiff", "aiff", "go", 0},
		{"tone.mp3", "mp3", "go", 70 * time.Millisecond}, // go-mp3 keeps the encoder delay
		{"tone.ogg", "vorbis", "go", 10 * time.Millisecond},
		{"tone.opus", "opus", "go", 10 * time.Millisecond},
		{"tone.m4a", "aac", "ffmpeg", 50 * time.Millisecond},
		{"tone.aac", "aac", "ffmpeg", 70 * time.Millisecond}, // ADTS duration is estimated
		{"tone.alac.m4a", "alac", "ffmpeg", 10 * time.Millisecond},
	}
	for _, f := range formats {
		t.Run(f.format+"/"+f.file, func(t *testing.T) {
			t.Parallel() // mostly waiting for ffmpeg
			path := encode(t, dir, f.file, 1.5)
			ctx := context.Background()

			// The whole track, through NullOutput as fast as it goes.
			out := NewNullOutput(testRate, NullOptions{Capture: true})
			p := New(out, Options{})
			defer p.Close()
			if err := p.Play(ctx, Item{Path: path}); err != nil {
				t.Fatal(err)
			}
			st := p.State()
			if st.Format != f.format || st.Decoder != f.decoder {
				t.Errorf("format %s via %s, want %s via %s", st.Format, st.Decoder, f.format, f.decoder)
			}
			if !near(st.Duration, 1500*time.Millisecond, f.slack+time.Millisecond) {
				t.Errorf("duration %v, want 1.5s", st.Duration)
			}
			if err := p.Wait(ctx); err != nil {
				t.Fatal(err)
			}
			expectEvent(t, p, EventStarted)
			fin := expectEvent(t, p, EventFinished)
			if !near(fin.Heard, 1500*time.Millisecond, f.slack+time.Millisecond) {
				t.Errorf("heard %v, want 1.5s", fin.Heard)
			}
			if r := rms(out.Samples(), 0.3, 1.2); math.Abs(r-0.5/math.Sqrt2) > 0.05 {
				t.Errorf("RMS %.3f in the middle, want %.3f (a 0.5 sine)", r, 0.5/math.Sqrt2)
			}

			// A preview window starts with a seek and stops at its end.
			if err := p.Play(ctx, Item{Path: path, Start: 500 * time.Millisecond, Length: 500 * time.Millisecond}); err != nil {
				t.Fatal(err)
			}
			if err := p.Wait(ctx); err != nil {
				t.Fatal(err)
			}
			expectEvent(t, p, EventStarted)
			if fin := expectEvent(t, p, EventFinished); !near(fin.Heard, 500*time.Millisecond, time.Millisecond) {
				t.Errorf("preview heard %v, want 500ms", fin.Heard)
			}

			// A seek lands where asked and plays sound from there.
			mp, mo := newManual(t, Options{})
			if err := mp.Play(ctx, Item{Path: path, Start: 300 * time.Millisecond}); err != nil {
				t.Fatal(err)
			}
			if pos := mp.State().Position; pos != 300*time.Millisecond {
				t.Errorf("play from 300ms starts at %v", pos)
			}
			mo.PullFor(200 * time.Millisecond)
			if pos := mp.State().Position; !near(pos, 500*time.Millisecond, time.Millisecond) {
				t.Errorf("200 ms after starting at 300ms: position %v", pos)
			}
			mp.Seek(time.Second - mp.State().Position) // to 1 s
			mo.Pull(frames(DefaultFade) + 1)           // the fade out, then the jump
			mo.Reset()
			mo.PullFor(200 * time.Millisecond)
			if pos := mp.State().Position; !near(pos, 1200*time.Millisecond, time.Millisecond) {
				t.Errorf("200 ms after seeking to 1s: position %v", pos)
			}
			if r := rms(mo.Samples(), 0.05, 0.2); math.Abs(r-0.5/math.Sqrt2) > 0.05 {
				t.Errorf("RMS %.3f after the seek, want %.3f", r, 0.5/math.Sqrt2)
			}
		})
	}
}

// rms returns the RMS of the left channel between from and to seconds.
func rms(s [][2]float64, from, to float64) float64 {
	a, b := int(from*testRate), min(int(to*testRate), len(s))
	if b <= a {
		return 0
	}
	var sum float64
	for _, f := range s[a:b] {
		sum += f[0] * f[0]
	}
	return math.Sqrt(sum / float64(b-a))
}

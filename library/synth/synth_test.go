package synth

import (
	"bytes"
	"math"
	"slices"
	"testing"
	"time"

	"github.com/gopxl/beep/v2"
	beepflac "github.com/gopxl/beep/v2/flac"
	"github.com/gopxl/beep/v2/wav"
	"github.com/mewkiz/flac"
	"github.com/mewkiz/flac/meta"
)

// testRate keeps renders small; the race detector slows synthesis a lot.
const testRate = 22050

func TestRenderDeterministic(t *testing.T) {
	s := Spec{BPM: 128, Tonic: 9, Minor: true, Timbre: Pluck, Swing: 0.1, Noise: 0.1,
		Energy: 0.8, Seconds: 4, SampleRate: testRate, Seed: 7, Drums: true}
	a, b := Render(s), Render(s)
	if len(a) != 4*testRate {
		t.Fatalf("len = %d, want %d", len(a), 4*testRate)
	}
	if !slices.Equal(a, b) {
		t.Fatal("two renders of the same Spec differ")
	}
	s.Seed = 8
	if slices.Equal(a, Render(s)) {
		t.Fatal("a different seed rendered identical audio")
	}
	var peak float64
	for _, v := range a {
		if math.IsNaN(float64(v)) {
			t.Fatal("NaN sample")
		}
		peak = math.Max(peak, math.Abs(float64(v)))
	}
	if db := 20 * math.Log10(peak); math.Abs(db+1) > 0.05 {
		t.Fatalf("peak = %.2f dBFS, want -1", db)
	}
	// Fades: silence at both ends.
	if a[0] != 0 || math.Abs(float64(a[len(a)-1])) > 1e-3 {
		t.Fatalf("no fade: first %v last %v", a[0], a[len(a)-1])
	}
}

func TestRenderDefaultsAndEmpty(t *testing.T) {
	n := Spec{}.Normalized()
	if n.BPM != DefaultBPM || n.SampleRate != DefaultSampleRate || n.Seconds != DefaultSeconds {
		t.Fatalf("defaults not applied: %+v", n)
	}
	if got := (Spec{Tonic: -3, Energy: 2, Swing: 1}).Normalized(); got.Tonic != 9 || got.Energy != 1 || got.Swing != 0.3 {
		t.Fatalf("clamping: %+v", got)
	}
	if x := Render(Spec{Seconds: 0.00001, SampleRate: 8000}); len(x) != 0 {
		t.Fatalf("tiny render has %d samples", len(x))
	}
}

func TestTimbresDiffer(t *testing.T) {
	// Chords and melody only, so the timbre is all that changes.
	cents := map[Timbre]float64{}
	for _, tb := range Timbres() {
		x := Render(Spec{BPM: 100, Tonic: 2, Timbre: tb, Energy: 0.5, Seconds: 6, SampleRate: testRate, Seed: 3})
		cents[tb] = centroidAbove(x, testRate, 200)
		t.Logf("%-6v centroid above 200 Hz: %4.0f Hz", tb, cents[tb])
	}
	ts := Timbres()
	for i := range ts {
		for j := i + 1; j < len(ts); j++ {
			a, b := cents[ts[i]], cents[ts[j]]
			if math.Abs(a-b)/math.Min(a, b) < 0.04 {
				t.Errorf("%v (%.0f Hz) and %v (%.0f Hz) are not measurably different", ts[i], a, ts[j], b)
			}
		}
	}
	if cents[Lead] <= cents[Pad] || cents[Organ] <= cents[Pluck] {
		t.Errorf("brightness order wrong: lead %.0f pad %.0f organ %.0f pluck %.0f",
			cents[Lead], cents[Pad], cents[Organ], cents[Pluck])
	}
}

func centroidAbove(x []float32, sr int, lo float64) float64 {
	p, hz := powerSpectrum(x, sr, 2048)
	var num, den float64
	for k, v := range p {
		f := float64(k) * hz
		if f < lo {
			continue
		}
		num += f * v
		den += v
	}
	return num / den
}

func TestEnergyRaisesLoudness(t *testing.T) {
	s := Spec{BPM: 120, Timbre: Piano, Seconds: 6, SampleRate: testRate, Seed: 1, Drums: true}
	s.Energy = 0.1
	quiet := rms(Render(s))
	s.Energy = 0.9
	loud := rms(Render(s))
	if db := 20 * math.Log10(loud/quiet); db < 2 {
		t.Fatalf("energy 0.9 is only %.1f dB louder (RMS) than 0.1", db)
	}
}

func TestHookIsLouder(t *testing.T) {
	s := Spec{BPM: 120, Timbre: Organ, Energy: 0.6, Seconds: 24, SampleRate: testRate, Seed: 2, Drums: true}
	x := Render(s)
	a, b := s.HookRange()
	if a < 8*time.Second || a > 11*time.Second || b < 15*time.Second || b > 18*time.Second {
		t.Fatalf("hook %v–%v not near 40%%–70%% of 24 s", a, b)
	}
	idx := func(d time.Duration) int { return int(d.Seconds() * testRate) }
	hook := rms(x[idx(a):idx(b)])
	verse := rms(x[idx(a)-idx(6*time.Second) : idx(a)])
	if db := 20 * math.Log10(hook/verse); db < 1.5 {
		t.Fatalf("hook is only %.1f dB louder than the verse", db)
	}
}

// TestKeyGroundTruth checks that a plain chroma/Krumhansl estimate finds the
// key the Spec promises, so key-detection tests can trust it.
func TestKeyGroundTruth(t *testing.T) {
	cases := []Spec{
		{BPM: 100, Tonic: 0, Timbre: Piano, Energy: 0.4, Drums: true},
		{BPM: 90, Tonic: 9, Minor: true, Timbre: Pad, Energy: 0.2},
		{BPM: 126, Tonic: 6, Timbre: Organ, Energy: 0.9, Drums: true},
		{BPM: 110, Tonic: 3, Minor: true, Timbre: Lead, Energy: 0.7, Drums: true},
		{BPM: 140, Tonic: 10, Minor: true, Timbre: Pluck, Energy: 0.5, Drums: true, Swing: 0.2},
	}
	for _, s := range cases {
		s.Seconds = 8 * 4 * 60 / s.BPM * float64(s.barsPerChord()) // one full cycle
		s.SampleRate = testRate
		s.Seed = int64(s.Tonic)
		tonic, minor := estimateKey(Render(s), testRate)
		if got := (Spec{Tonic: tonic, Minor: minor}).KeyName(); got != s.KeyName() {
			t.Errorf("%v at %v BPM: estimated %s, want %s", s.Timbre, s.BPM, got, s.KeyName())
		}
	}
}

// TestTempoGroundTruth checks that the drums put the beat where the Spec
// says (allowing the usual factor-of-two ambiguity of tempo estimates).
func TestTempoGroundTruth(t *testing.T) {
	for _, bpm := range []float64{90, 120, 175} {
		s := Spec{BPM: bpm, Timbre: Pad, Energy: 0.6, Seconds: 12, SampleRate: testRate, Seed: 4, Drums: true}
		got := estimateBPM(Render(s), testRate)
		for got < bpm/math.Sqrt2 {
			got *= 2
		}
		for got > bpm*math.Sqrt2 {
			got /= 2
		}
		if math.Abs(got-bpm)/bpm > 0.02 {
			t.Errorf("estimated %.1f BPM, want %.0f", got, bpm)
		}
	}
}

func TestSineIsPure(t *testing.T) {
	x := Sine(440, 1, testRate, 0.5)
	if len(x) != testRate {
		t.Fatalf("len %d", len(x))
	}
	if f := dominantFreq(x, testRate); math.Abs(f-440) > 1 {
		t.Fatalf("dominant %.1f Hz", f)
	}
}

func TestWAVRoundTrip(t *testing.T) {
	for _, ch := range []int{1, 2} {
		in := Sine(1000, 0.25, 8000, 0.9)
		if ch == 2 {
			st := make([]float32, 2*len(in))
			for i, v := range in {
				st[2*i], st[2*i+1] = v, -v/2
			}
			in = st
		}
		var buf bytes.Buffer
		if err := WriteWAV(&buf, in, 8000, ch); err != nil {
			t.Fatal(err)
		}
		if want := 44 + 2*len(in); buf.Len() != want {
			t.Fatalf("size %d, want %d", buf.Len(), want)
		}
		s, format, err := wav.Decode(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if format.SampleRate != 8000 || format.NumChannels != ch || format.Precision != 2 {
			t.Fatalf("format %+v", format)
		}
		got := drain(t, s)
		checkSamples(t, in, got, ch)
	}
}

func TestWriteRejectsBadInput(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteWAV(&buf, make([]float32, 3), 8000, 2); err == nil {
		t.Error("odd sample count for stereo accepted")
	}
	if err := WriteFLAC(&buf, nil, 0, 1, nil); err == nil {
		t.Error("zero sample rate accepted")
	}
}

func TestFLACRoundTrip(t *testing.T) {
	tags := map[string]string{
		"TITLE": "Salt Marsh at Dawn", "ARTIST": "Halcyon Drift", "ALBUM": "Tidal Atlas",
		"ALBUMARTIST": "Halcyon Drift", "GENRE": "Ambient", "DATE": "2019",
		"TRACKNUMBER": "1", "DISCNUMBER": "1", "COMPOSER": "Ö. Ünïcode", "comment": "a=b",
	}
	for _, ch := range []int{1, 2} {
		// Not a multiple of the block size, to exercise the short last frame.
		in := Render(Spec{BPM: 120, Seconds: 1.3, SampleRate: 16000, Seed: 1, Drums: true, Energy: 0.5})
		if ch == 2 {
			st := make([]float32, 2*len(in))
			for i, v := range in {
				st[2*i], st[2*i+1] = v, v*0.25
			}
			in = st
		}
		var buf bytes.Buffer
		if err := WriteFLAC(&buf, in, 16000, ch, tags); err != nil {
			t.Fatal(err)
		}
		s, format, err := beepflac.Decode(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if format.SampleRate != 16000 || format.NumChannels != ch {
			t.Fatalf("format %+v", format)
		}
		checkSamples(t, in, drain(t, s), ch)

		// Tags, sample count and MD5 through mewkiz/flac.
		stream, err := flac.Parse(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if stream.Info.NSamples != uint64(len(in)/ch) {
			t.Fatalf("NSamples %d, want %d", stream.Info.NSamples, len(in)/ch)
		}
		if stream.Info.MD5sum == [16]byte{} {
			t.Fatal("no MD5 in STREAMINFO")
		}
		got := map[string]string{}
		for _, b := range stream.Blocks {
			if vc, ok := b.Body.(*meta.VorbisComment); ok {
				for _, kv := range vc.Tags {
					got[kv[0]] = kv[1]
				}
			}
		}
		for k, v := range tags {
			if got[upper(k)] != v {
				t.Errorf("tag %s = %q, want %q", upper(k), got[upper(k)], v)
			}
		}
	}
}

func upper(s string) string { return string(bytes.ToUpper([]byte(s))) }

func drain(t *testing.T, s beep.StreamSeekCloser) [][2]float64 {
	t.Helper()
	defer s.Close()
	var out [][2]float64
	buf := make([][2]float64, 1024)
	for {
		n, ok := s.Stream(buf)
		out = append(out, buf[:n]...)
		if !ok {
			break
		}
	}
	if err := s.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// checkSamples compares decoded frames with what was written, to 16-bit
// precision.
func checkSamples(t *testing.T, in []float32, got [][2]float64, ch int) {
	t.Helper()
	if len(got) != len(in)/ch {
		t.Fatalf("decoded %d frames, want %d", len(got), len(in)/ch)
	}
	for i, fr := range got {
		for c := range ch {
			want := float64(toInt16(in[i*ch+c])) / 32768
			if math.Abs(fr[c]-want) > 1.0/32768 {
				t.Fatalf("frame %d ch %d: %v, want %v", i, c, fr[c], want)
			}
		}
	}
}

func BenchmarkRender(b *testing.B) {
	for _, tb := range Timbres() {
		b.Run(tb.String(), func(b *testing.B) {
			s := Spec{BPM: 124, Timbre: tb, Energy: 0.7, Seconds: 30, SampleRate: 44100, Seed: 1, Drums: true, Noise: 0.05}
			for b.Loop() {
				Render(s)
			}
			b.ReportMetric(s.Seconds*float64(b.N)/b.Elapsed().Seconds(), "x_realtime")
		})
	}
}

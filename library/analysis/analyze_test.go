package analysis

import (
	"errors"
	"math"
	"testing"
	"time"

	"sleeve/library/synth"
)

func mustAnalyze(t *testing.T, x []float32, sr int) Features {
	t.Helper()
	f, err := Analyze(x, sr)
	if err != nil {
		t.Fatalf("Analyze: %v", err)
	}
	checkFinite(t, f)
	return f
}

// checkFinite fails on any NaN or Inf and on out-of-range unit features.
func checkFinite(t *testing.T, f Features) {
	t.Helper()
	vals := map[string]float64{
		"BPM": f.BPM, "BPMConfidence": f.BPMConfidence, "KeyConfidence": f.KeyConfidence,
		"LoudnessLUFS": f.LoudnessLUFS, "LoudnessRange": f.LoudnessRange, "DynamicRange": f.DynamicRange,
		"Energy": f.Energy, "Brightness": f.Brightness, "CentroidHz": f.CentroidHz, "RolloffHz": f.RolloffHz,
		"Flatness": f.Flatness, "OnsetRate": f.OnsetRate, "PulseClarity": f.PulseClarity,
	}
	for k, v := range vals {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			t.Errorf("%s = %v", k, v)
		}
	}
	for k, v := range map[string]float64{"BPMConfidence": f.BPMConfidence, "KeyConfidence": f.KeyConfidence,
		"Energy": f.Energy, "Brightness": f.Brightness, "Flatness": f.Flatness, "PulseClarity": f.PulseClarity} {
		if v < 0 || v > 1 {
			t.Errorf("%s = %v, want within [0, 1]", k, v)
		}
	}
	if len(f.Timbre) != TimbreDims {
		t.Errorf("len(Timbre) = %d, want %d", len(f.Timbre), TimbreDims)
	}
	var norm float64
	for _, v := range f.Timbre {
		if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
			t.Errorf("Timbre has %v", v)
		}
		norm += float64(v) * float64(v)
	}
	if norm != 0 && math.Abs(norm-1) > 1e-4 {
		t.Errorf("|Timbre|^2 = %v, want 1 or 0", norm)
	}
	if f.Version != Version {
		t.Errorf("Version = %d", f.Version)
	}
	if f.LoudnessLUFS < SilenceLUFS {
		t.Errorf("LoudnessLUFS %v below floor", f.LoudnessLUFS)
	}
}

func TestPathologicalInputs(t *testing.T) {
	const sr = 22050
	square := sine(220, 4, 5, sr) // clipped hard below
	for i, v := range square {
		square[i] = float32(math.Max(-1, math.Min(1, float64(v))))
	}
	dc := make([]float32, 5*sr)
	for i := range dc {
		dc[i] = 0.5
	}
	tiny := scale(whiteNoise(1, 5, sr, 3), 1e-30)
	impulse := make([]float32, 5*sr)
	impulse[sr] = 1
	tests := []struct {
		name string
		x    []float32
		sr   int
	}{
		{"silence", make([]float32, 10*sr), sr},
		{"dc", dc, sr},
		{"clipped square", square, sr},
		{"denormal noise", tiny, sr},
		{"single impulse", impulse, sr},
		{"one second", sine(440, 0.5, 1.01, sr), sr},
		{"8 kHz rate", sine(440, 0.5, 3, 8000), 8000},
		{"44.1 kHz rate", whiteNoise(0.1, 3, 44100, 1), 44100},
		{"48 kHz rate", sine(300, 0.5, 3, 48000), 48000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := mustAnalyze(t, tt.x, tt.sr)
			if tt.name == "silence" || tt.name == "dc" {
				// K-weighting removes DC: only the step at the start is
				// heard, as a click (BS.1770 meters agree).
				if tt.name == "silence" && f.LoudnessLUFS != SilenceLUFS || f.LoudnessLUFS > -25 {
					t.Errorf("%s loudness %v, want %v", tt.name, f.LoudnessLUFS, SilenceLUFS)
				}
				if f.BPM != 0 || f.Key != "" || f.Tonic != -1 {
					t.Errorf("%s: BPM %v key %q tonic %d, want none", tt.name, f.BPM, f.Key, f.Tonic)
				}
			}
		})
	}
}

func TestErrors(t *testing.T) {
	if _, err := Analyze(nil, 22050); !errors.Is(err, ErrTooShort) {
		t.Errorf("nil: err %v, want ErrTooShort", err)
	}
	if _, err := Analyze(make([]float32, 10000), 7999); !errors.Is(err, ErrSampleRate) {
		t.Errorf("7999 Hz: err %v, want ErrSampleRate", err)
	}
	if _, err := Analyze(make([]float32, 10000), 0); !errors.Is(err, ErrSampleRate) {
		t.Errorf("0 Hz: err %v, want ErrSampleRate", err)
	}
}

func TestSpectralShapeOrdering(t *testing.T) {
	const sr = 22050
	low := mustAnalyze(t, sine(200, 0.5, 4, sr), sr)
	high := mustAnalyze(t, sine(3000, 0.5, 4, sr), sr)
	noise := mustAnalyze(t, whiteNoise(0.2, 4, sr, 5), sr)
	if !(low.CentroidHz < high.CentroidHz && high.CentroidHz < noise.CentroidHz) {
		t.Errorf("centroid order: 200 Hz sine %.0f, 3 kHz sine %.0f, noise %.0f", low.CentroidHz, high.CentroidHz, noise.CentroidHz)
	}
	if !(low.Brightness < high.Brightness && high.Brightness <= noise.Brightness) {
		t.Errorf("brightness order: %.2f %.2f %.2f", low.Brightness, high.Brightness, noise.Brightness)
	}
	if math.Abs(high.CentroidHz-3000) > 300 {
		t.Errorf("3 kHz sine centroid %.0f", high.CentroidHz)
	}
	if !(low.RolloffHz < high.RolloffHz && high.RolloffHz < noise.RolloffHz) {
		t.Errorf("roll-off order: %.0f %.0f %.0f", low.RolloffHz, high.RolloffHz, noise.RolloffHz)
	}
	// White noise: 85 % of the energy lies below 0.85 of the band.
	if math.Abs(noise.RolloffHz-0.85*11025) > 400 {
		t.Errorf("noise roll-off %.0f, want ~%.0f", noise.RolloffHz, 0.85*11025)
	}
	// Flatness of white noise's periodogram is exp(-gamma) = 0.56.
	if noise.Flatness < 0.45 || noise.Flatness > 0.65 {
		t.Errorf("noise flatness %.3f, want ~0.56", noise.Flatness)
	}
	for _, f := range []Features{low, high} {
		if f.Flatness > 0.05 {
			t.Errorf("sine flatness %.3f, want < 0.05", f.Flatness)
		}
	}
}

func TestSpectralFeaturesSampleRateIndependent(t *testing.T) {
	t.Parallel()
	x44 := synth.Render(synth.Spec{BPM: 100, Tonic: 4, Timbre: synth.Piano, Energy: 0.5, Seconds: 10, SampleRate: 44100, Seed: 2, Drums: true})
	x44 = lowpassFIR(x44, 10000, 44100)
	a := mustAnalyze(t, x44, 44100)
	b := mustAnalyze(t, decimate2(x44), 22050)
	if rel := math.Abs(a.CentroidHz-b.CentroidHz) / b.CentroidHz; rel > 0.05 {
		t.Errorf("centroid 44.1k %.0f vs 22.05k %.0f", a.CentroidHz, b.CentroidHz)
	}
	if math.Abs(a.BPM-b.BPM) > 1 || a.Key != b.Key {
		t.Errorf("44.1k: %.1f BPM %s; 22.05k: %.1f BPM %s", a.BPM, a.Key, b.BPM, b.Key)
	}
	if math.Abs(a.LoudnessLUFS-b.LoudnessLUFS) > 0.2 {
		t.Errorf("loudness 44.1k %.2f vs 22.05k %.2f", a.LoudnessLUFS, b.LoudnessLUFS)
	}
	if c := cosineF32(a.Timbre, b.Timbre); c < 0.95 {
		t.Errorf("timbre cosine between rates %.3f", c)
	}
}

func cosineF32(a, b []float32) float64 {
	var ab, aa, bb float64
	for i := range a {
		ab += float64(a[i]) * float64(b[i])
		aa += float64(a[i]) * float64(a[i])
		bb += float64(b[i]) * float64(b[i])
	}
	return ab / math.Sqrt(aa*bb)
}

func TestClickTrainTempo(t *testing.T) {
	t.Parallel()
	const sr = 22050
	for _, bpm := range []float64{60, 72, 90, 110, 128, 150, 175, 200} {
		f := mustAnalyze(t, clickTrain(bpm, 20, sr), sr)
		if math.Abs(f.BPM-bpm) > 0.02*bpm {
			t.Errorf("click train %v BPM: got %.2f", bpm, f.BPM)
		}
		if f.PulseClarity < 0.5 {
			t.Errorf("click train %v BPM: pulse clarity %.2f, want high", bpm, f.PulseClarity)
		}
		if rate := bpm / 60; math.Abs(f.OnsetRate-rate) > 0.1*rate {
			t.Errorf("click train %v BPM: onset rate %.2f/s, want %.2f", bpm, f.OnsetRate, rate)
		}
	}
	noise := mustAnalyze(t, whiteNoise(0.1, 20, sr, 11), sr)
	if noise.PulseClarity > 0.3 || noise.BPMConfidence > 0.5 {
		t.Errorf("white noise: pulse clarity %.2f, confidence %.2f; want low", noise.PulseClarity, noise.BPMConfidence)
	}
}

// TestSynthTempoAndKey is the quick version of TestAccuracyReport that runs
// by default (also under -race): 24 shorter clips, every key once.
func TestSynthTempoAndKey(t *testing.T) {
	t.Parallel()
	seconds := 20.0
	n := 24
	if raceEnabled {
		n = 12
	}
	clips := accuracyClips(n, seconds, 22050)
	s := evaluate(t, clips, false)
	t.Logf("%v", s)
	if s.acc1 < 0.7 || s.acc2 < 0.9 || s.key < 0.8 {
		t.Errorf("accuracy too low: %v", s)
	}
	if !s.majorSeen || !s.minorSeen {
		t.Errorf("both modes must be emitted: major %v minor %v", s.majorSeen, s.minorSeen)
	}
}

func TestKeyWithoutDrumsAndDetuned(t *testing.T) {
	t.Parallel()
	const sr = 22050
	tests := []struct {
		name   string
		spec   synth.Spec
		claimS int // sample rate told to Analyze (shifts pitch and tempo)
	}{
		{"ambient pad", synth.Spec{BPM: 80, Tonic: 9, Minor: true, Timbre: synth.Pad, Energy: 0.2, Seconds: 20, SampleRate: sr, Seed: 1}, sr},
		{"organ no drums", synth.Spec{BPM: 100, Tonic: 1, Timbre: synth.Organ, Energy: 0.4, Seconds: 20, SampleRate: sr, Seed: 2}, sr},
		// Told 1.75 % more samples per second: everything is 30 cents sharp.
		{"30 cents sharp", synth.Spec{BPM: 110, Tonic: 5, Minor: true, Timbre: synth.Piano, Energy: 0.5, Seconds: 20, SampleRate: sr, Seed: 3, Drums: true}, int(math.Round(sr * math.Pow(2, 0.3/12)))},
		{"40 cents flat", synth.Spec{BPM: 110, Tonic: 10, Timbre: synth.Lead, Energy: 0.5, Seconds: 20, SampleRate: sr, Seed: 4, Drums: true}, int(math.Round(sr * math.Pow(2, -0.4/12)))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := mustAnalyze(t, synth.Render(tt.spec), tt.claimS)
			if f.Tonic != tt.spec.Tonic || f.Minor != tt.spec.Minor {
				t.Errorf("key %s, want %s", f.Key, tt.spec.KeyName())
			}
		})
	}
}

func TestPreviewFindsHook(t *testing.T) {
	t.Parallel()
	const sr = 22050
	timbres := []synth.Timbre{synth.Piano, synth.Pad, synth.Lead}
	if raceEnabled {
		timbres = timbres[:1] // 100 s of audio is slow under the race detector
	}
	for i, tm := range timbres {
		s := synth.Spec{BPM: 90 + 20*float64(i), Tonic: i * 3, Minor: i == 1, Timbre: tm, Energy: 0.5, Seconds: 100, SampleRate: sr, Seed: int64(i), Drums: i != 1}
		f := mustAnalyze(t, synth.Render(s), sr)
		hs, he := s.HookRange()
		if f.PreviewLength != PreviewSeconds*time.Second {
			t.Errorf("preview length %v", f.PreviewLength)
		}
		// The window must lie within the hook, give or take a second.
		if f.PreviewStart < hs-time.Second || f.PreviewStart+f.PreviewLength > he+time.Second {
			t.Errorf("%s: preview %v–%v, hook %v–%v", tm, f.PreviewStart, f.PreviewStart+f.PreviewLength, hs, he)
		}
	}
	// Shorter than the window: the whole clip.
	f := mustAnalyze(t, sine(440, 0.5, 12, sr), sr)
	if f.PreviewStart != 0 || f.PreviewLength != 12*time.Second {
		t.Errorf("12 s clip preview %v+%v", f.PreviewStart, f.PreviewLength)
	}
}

func TestStreamingMatchesWhole(t *testing.T) {
	t.Parallel()
	const sr = 22050
	x := synth.Render(synth.Spec{BPM: 124, Tonic: 6, Timbre: synth.Bell, Energy: 0.7, Seconds: 15, SampleRate: sr, Seed: 5, Drums: true})
	whole := mustAnalyze(t, x, sr)
	a, err := NewAnalyzer(sr, 0)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < len(x); i += 1237 {
		a.Write(x[i:min(len(x), i+1237)])
	}
	streamed, err := a.Finish()
	if err != nil {
		t.Fatal(err)
	}
	if whole.BPM != streamed.BPM || whole.Key != streamed.Key || whole.LoudnessLUFS != streamed.LoudnessLUFS ||
		whole.CentroidHz != streamed.CentroidHz || whole.PreviewStart != streamed.PreviewStart ||
		cosineF32(whole.Timbre, streamed.Timbre) < 0.999999 {
		t.Errorf("streamed differs:\nwhole    %+v\nstreamed %+v", whole, streamed)
	}
}

func TestExcerptsApproximateWholeTrack(t *testing.T) {
	t.Parallel()
	const sr = 22050
	s := synth.Spec{BPM: 132, Tonic: 11, Minor: true, Timbre: synth.Pluck, Energy: 0.6, Seconds: 150, SampleRate: sr, Seed: 8, Drums: true}
	x := synth.Render(s)
	whole := mustAnalyze(t, x, sr)
	var ex []Excerpt
	for _, at := range []float64{20, 65, 110} { // three 30 s windows
		ex = append(ex, Excerpt{Start: time.Duration(at * float64(time.Second)), Samples: x[int(at*sr):int((at+30)*sr)]})
	}
	total := time.Duration(s.Seconds * float64(time.Second))
	part, err := AnalyzeExcerpts(ex, sr, total)
	if err != nil {
		t.Fatal(err)
	}
	checkFinite(t, part)
	if math.Abs(part.BPM-whole.BPM) > 0.02*whole.BPM || part.Key != whole.Key {
		t.Errorf("excerpts: %.1f BPM %s; whole: %.1f BPM %s", part.BPM, part.Key, whole.BPM, whole.Key)
	}
	if math.Abs(part.LoudnessLUFS-whole.LoudnessLUFS) > 1 {
		t.Errorf("excerpt loudness %.2f vs whole %.2f", part.LoudnessLUFS, whole.LoudnessLUFS)
	}
	// The preview lies in one excerpt, in track time.
	in := false
	for _, e := range ex {
		end := e.Start + durationOf(len(e.Samples), sr)
		if part.PreviewStart >= e.Start && part.PreviewStart+part.PreviewLength <= end {
			in = true
		}
	}
	if !in {
		t.Errorf("preview %v+%v not inside an excerpt", part.PreviewStart, part.PreviewLength)
	}
	hs, he := s.HookRange()
	if part.PreviewStart < hs-time.Second || part.PreviewStart+part.PreviewLength > he+time.Second {
		t.Errorf("excerpt preview %v–%v, hook %v–%v", part.PreviewStart, part.PreviewStart+part.PreviewLength, hs, he)
	}
}

func TestTimbreSimilarity(t *testing.T) {
	t.Parallel()
	const sr = 22050
	render := func(tm synth.Timbre, drums bool, seed int64, gain float64) []float32 {
		return scale(synth.Render(synth.Spec{BPM: 100, Tonic: 2, Timbre: tm, Energy: 0.4, Seconds: 15, SampleRate: sr, Seed: seed, Drums: drums}), gain)
	}
	a := mustAnalyze(t, render(synth.Pad, false, 1, 1), sr)
	quieter := mustAnalyze(t, render(synth.Pad, false, 1, 0.25), sr)
	other := mustAnalyze(t, render(synth.Pad, false, 2, 1), sr)
	diff := mustAnalyze(t, render(synth.Lead, true, 1, 1), sr)
	if c := cosineF32(a.Timbre, quieter.Timbre); c < 0.99 {
		t.Errorf("same music 12 dB quieter: cosine %.3f, want ~1", c)
	}
	same, cross := cosineF32(a.Timbre, other.Timbre), cosineF32(a.Timbre, diff.Timbre)
	if same <= cross {
		t.Errorf("pad vs pad (other melody) %.3f should exceed pad vs lead with drums %.3f", same, cross)
	}
	silent := mustAnalyze(t, make([]float32, 3*sr), sr)
	for _, v := range silent.Timbre {
		if v != 0 {
			t.Fatalf("silence timbre %v, want zeros", silent.Timbre)
		}
	}
}

func TestEnergyOrdering(t *testing.T) {
	t.Parallel()
	const sr = 22050
	calm := mustAnalyze(t, synth.Render(synth.Spec{BPM: 70, Tonic: 0, Timbre: synth.Pad, Energy: 0.1, Seconds: 15, SampleRate: sr, Seed: 1}), sr)
	wild := mustAnalyze(t, synth.Render(synth.Spec{BPM: 170, Tonic: 0, Timbre: synth.Lead, Energy: 1, Seconds: 15, SampleRate: sr, Seed: 1, Drums: true}), sr)
	if calm.Energy >= wild.Energy || calm.OnsetRate >= wild.OnsetRate || calm.PulseClarity >= wild.PulseClarity {
		t.Errorf("calm energy %.2f onsets %.2f clarity %.2f; wild %.2f %.2f %.2f",
			calm.Energy, calm.OnsetRate, calm.PulseClarity, wild.Energy, wild.OnsetRate, wild.PulseClarity)
	}
	if calm.DynamicRange <= wild.DynamicRange {
		t.Errorf("calm PLR %.1f should exceed compressed wild PLR %.1f", calm.DynamicRange, wild.DynamicRange)
	}
}

// TestEnergySplitsCalmFromEnergetic: Energy is a rank among the corpus's
// tracks, so a quiet, sparse, dark pad is calm (< 0.35, the notes' "calm")
// and a loud, busy, bright track with drums is energetic (> 0.65).
func TestEnergySplitsCalmFromEnergetic(t *testing.T) {
	t.Parallel()
	const sr = 22050
	calm := mustAnalyze(t, scale(synth.Render(synth.Spec{BPM: 70, Tonic: 0, Timbre: synth.Pad, Energy: 0.1, Seconds: 15, SampleRate: sr, Seed: 1}), 0.3), sr)
	wild := mustAnalyze(t, synth.Render(synth.Spec{BPM: 170, Tonic: 0, Timbre: synth.Lead, Energy: 1, Seconds: 15, SampleRate: sr, Seed: 1, Drums: true}), sr)
	if calm.Energy >= 0.35 || wild.Energy <= 0.65 {
		t.Errorf("calm energy %.2f (want < 0.35), energetic %.2f (want > 0.65)", calm.Energy, wild.Energy)
	}
}

func TestDecileRank(t *testing.T) {
	d := deciles{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	for x, want := range map[float64]float64{-1: 0, 0: 0, 0.5: 0.05, 5: 0.5, 9.9: 0.99, 10: 1, 11: 1} {
		if got := d.rank(x); math.Abs(got-want) > 1e-9 {
			t.Errorf("rank(%v) = %v, want %v", x, got, want)
		}
	}
	if got := d.rank(math.NaN()); got != 0 {
		t.Errorf("rank(NaN) = %v", got)
	}
}

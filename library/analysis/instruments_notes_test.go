package analysis

import (
	"math"
	"testing"
)

// harmonicTone returns seconds of a tone at f0 whose harmonic h has
// amplitude amps[h-1], fading by decay dB per second.
func harmonicTone(f0 float64, amps []float64, decay, seconds float64, sr int) []float32 {
	x := make([]float32, int(seconds*float64(sr)))
	for i := range x {
		t := float64(i) / float64(sr)
		g := math.Pow(10, -decay*t/20)
		var v float64
		for h, a := range amps {
			v += a * math.Sin(2*math.Pi*float64(h+1)*f0*t)
		}
		x[i] = float32(0.2 * g * v)
	}
	return x
}

// noteInputs analyses x (written in chunks of chunk samples, or at once
// for 0) and returns its note inputs of the heard seconds.
func noteInputs(t *testing.T, x []float32, chunk int) [][]float64 {
	t.Helper()
	a, err := NewAnalyzer(22050, 0)
	if err != nil {
		t.Fatal(err)
	}
	a.KeepInstrumentNotes()
	if chunk <= 0 {
		chunk = len(x)
	}
	for i := 0; i < len(x); i += chunk {
		a.Write(x[i:min(len(x), i+chunk)])
	}
	if _, err := a.Finish(); err != nil {
		t.Fatal(err)
	}
	var out [][]float64
	for _, v := range a.InstrumentNoteInputs() {
		if v != nil {
			out = append(out, v)
		}
	}
	if len(out) == 0 {
		t.Fatal("no second heard")
	}
	return out
}

// noteMean is the mean over the seconds of note input i of register r.
func noteMean(xs [][]float64, r, i int) float64 {
	var s float64
	for _, x := range xs {
		s += x[r*(noteDescs+1)+i]
	}
	return s / float64(len(xs))
}

var (
	sawAmps = []float64{1, 1.0 / 2, 1.0 / 3, 1.0 / 4, 1.0 / 5, 1.0 / 6, 1.0 / 7, 1.0 / 8}
	oddAmps = []float64{1, 0, 1.0 / 3, 0, 1.0 / 5, 0, 1.0 / 7, 0}
)

// TestNoteDescriptorsOfOneTone checks that a sawtooth-like tone at 220 Hz
// is heard as a middle-register pitch with all eight harmonics falling in
// level, and that a tone of odd harmonics only (as a clarinet's) reads as
// odd-heavy where the sawtooth does not.
func TestNoteDescriptorsOfOneTone(t *testing.T) {
	const sr = 22050
	saw := noteInputs(t, harmonicTone(220, sawAmps, 0, 4, sr), 0)
	if len(saw[0]) != noteDims {
		t.Fatalf("%d inputs, want %d", len(saw[0]), noteDims)
	}
	if share := noteMean(saw, 1, noteDescs); share < 0.95 {
		t.Errorf("middle register's share of the pitches %.2f, want about 1", share)
	}
	if p := noteMean(saw, 1, ndPitch); math.Abs(p-(-1)) > 0.02 {
		t.Errorf("pitch descriptor %.3f, want log2(220/440) = -1", p)
	}
	if n := noteMean(saw, 1, ndCount); n < 0.95 {
		t.Errorf("share of harmonics found %.2f, want 1", n)
	}
	// Harmonic 8 at 1/8 of the first: -18 dB.
	if rel := noteMean(saw, 1, ndRel+7) * 60; math.Abs(rel-(-18.1)) > 1.5 {
		t.Errorf("harmonic 8 at %.1f dB re the first, want -18", rel)
	}
	if inh := noteMean(saw, 1, ndInharm); math.Abs(inh) > 0.1 {
		t.Errorf("inharmonicity %.3f %%, want 0 for a harmonic tone", inh)
	}
	odd := noteInputs(t, harmonicTone(220, oddAmps, 0, 4, sr), 0)
	so, oo := noteMean(saw, 1, ndOddEven), noteMean(odd, 1, ndOddEven)
	if oo < so+0.5 {
		t.Errorf("odd/even descriptor: odd harmonics only %.2f, sawtooth %.2f; want the first well above", oo, so)
	}
}

// TestNoteEnvelopes checks that a tone fading by 30 dB a second has a
// falling envelope and decay, where a steady tone has neither.
func TestNoteEnvelopes(t *testing.T) {
	const sr = 22050
	steady := noteInputs(t, harmonicTone(330, sawAmps, 0, 4, sr), 0)
	fading := noteInputs(t, harmonicTone(330, sawAmps, 30, 4, sr), 0)
	// Slope in dB/s /100 and decay per long frame (186 ms) in dB/10.
	if s := noteMean(steady, 1, ndEnvSlope) * 100; math.Abs(s) > 2 {
		t.Errorf("steady tone's envelope slope %.1f dB/s, want 0", s)
	}
	if s := noteMean(fading, 1, ndEnvSlope) * 100; math.Abs(s-(-30)) > 6 {
		t.Errorf("fading tone's envelope slope %.1f dB/s, want -30", s)
	}
	if d := noteMean(steady, 1, ndDecay) * 10; math.Abs(d) > 0.5 {
		t.Errorf("steady tone's change per long frame %.2f dB, want 0", d)
	}
	if d := noteMean(fading, 1, ndDecay) * 10; math.Abs(d-(-30*4096.0/sr)) > 1.5 {
		t.Errorf("fading tone's change per long frame %.2f dB, want %.2f", d, -30*4096.0/sr)
	}
}

// TestNoteInputsIgnoreLevelAndChunking checks that the note inputs of a
// chord (a bass note and a high one) name both registers, do not change
// when the audio is 26 dB quieter, and do not depend on how the audio is
// written.
func TestNoteInputsIgnoreLevelAndChunking(t *testing.T) {
	const sr = 22050
	x := harmonicTone(98, sawAmps, 0, 4, sr)
	for i, v := range harmonicTone(880, oddAmps, 0, 4, sr) {
		x[i] += v
	}
	loud := noteInputs(t, x, 0)
	if b, h := noteMean(loud, 0, noteDescs), noteMean(loud, 2, noteDescs); b < 0.3 || h < 0.3 {
		t.Errorf("registers' shares: bass %.2f, high %.2f; want both heard", b, h)
	}
	quiet := make([]float32, len(x))
	for i, v := range x {
		quiet[i] = v / 20
	}
	chunked := noteInputs(t, x, 1000)
	for name, other := range map[string][][]float64{"26 dB quieter": noteInputs(t, quiet, 0), "written in chunks": chunked} {
		if len(other) != len(loud) {
			t.Fatalf("%s: %d seconds heard, want %d", name, len(other), len(loud))
		}
		for k := range loud {
			for i := range loud[k] {
				if math.Abs(loud[k][i]-other[k][i]) > 1e-3 {
					t.Errorf("%s: second %d, input %d: %.4f against %.4f", name, k, i, other[k][i], loud[k][i])
				}
			}
		}
	}
}

// TestNoteInputsAlignWithInputs checks that the note inputs have one entry
// per second of the summary inputs, nil exactly where those are, and
// nothing unless asked for.
func TestNoteInputsAlignWithInputs(t *testing.T) {
	const sr = 22050
	x := concat(harmonicTone(262, sawAmps, 0, 3, sr), make([]float32, 2*sr), harmonicTone(131, oddAmps, 0, 3, sr))
	for _, keep := range []bool{true, false} {
		a, err := NewAnalyzer(sr, 0)
		if err != nil {
			t.Fatal(err)
		}
		if keep {
			a.KeepInstrumentNotes()
		}
		a.Write(x)
		if _, err := a.Finish(); err != nil {
			t.Fatal(err)
		}
		inputs, notes := a.InstrumentInputs(), a.InstrumentNoteInputs()
		if len(inputs) != len(notes) {
			t.Fatalf("%d seconds of inputs, %d of note inputs", len(inputs), len(notes))
		}
		silent := 0
		for k := range inputs {
			if inputs[k] == nil {
				silent++
			}
			if want := keep && inputs[k] != nil; (notes[k] != nil) != want {
				t.Errorf("kept %v, second %d: note inputs present %v, want %v", keep, k, notes[k] != nil, want)
			}
		}
		if silent < 1 {
			t.Errorf("no second of the gap left out")
		}
	}
}

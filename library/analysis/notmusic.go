package analysis

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Audio that is not music is flagged in Features.NotMusic, and gets no
// tempo and no key: a tempo measured on silence or a sine is noise, and a
// note built on it would say something false.
const (
	// MinMusicDuration is the shortest audio that is taken for music:
	// shorter clips are flagged "too short".
	MinMusicDuration = 5 * time.Second
	// silenceLUFS is the integrated loudness below which audio counts as
	// silence. Quiet classical recordings measure around -30 to -40 LUFS;
	// -60 is hiss or a faint hum.
	silenceLUFS = -60.0
	// silencePeak is the sample peak below which audio counts as silence
	// whatever its loudness (clips too short for a loudness block).
	silencePeak = 1e-4 // -80 dBFS
)

// The NotMusic reasons, as stored. Test tones and short clips carry a
// detail in parentheses: "test tone (1 kHz)", "too short (0.35 s)".
const (
	NotMusicSilence  = "silence"
	NotMusicTestTone = "test tone"
	NotMusicTooShort = "too short"
)

// toneAccum watches the short-frame power spectra for a test tone: one
// sine, or a few, that neither moves nor stops. In every frame of such a
// signal the few strongest spectral peaks hold nearly all the power, and
// the strongest of them stays in the same bin.
type toneAccum struct {
	sounding     int // frames loud enough to look at
	silent       int // frames too quiet to look at
	frames       int // frames looked at: one sounding frame in toneEvery
	concentrated int
	levelSum     float64 // of each frame's power in dB
	levelSq      float64
	topCount     []int32   // frames whose strongest bin is i
	topFreq      []float64 // sum of their interpolated peak frequencies
	peakCount    []int32   // frames with a strong peak (toneSecondary) at bin i
	peakFreq     []float64
}

// toneMaxPeaks is how many peaks a test signal may have, toneConcentration
// the share of a frame's power they must hold, and toneSteady the share of
// frames that must agree.
const (
	toneMaxPeaks      = 4
	toneConcentration = 0.9
	toneSteady        = 0.9
	toneSecondary     = 0.1 // power of another tone relative to the strongest (-10 dB)
	toneLevelSpread   = 1.5 // dB, standard deviation of the frame power
	// toneEvery: a steady tone is the same in every frame, so looking at
	// one frame in four finds it as well for a quarter of the cost: about
	// 1 µs per short frame on average here (BenchmarkToneFrame), 43 µs per
	// second of audio, under 2 % of the whole analysis.
	toneEvery = 4
)

// addFrame takes the power spectrum p of one non-silent frame, where p[i]
// is the power at (i+1)·binHz, and its total power.
func (t *toneAccum) addFrame(p []float64, total, binHz float64) {
	t.sounding++
	if len(p) < 8 || total <= 0 || (t.sounding-1)%toneEvery != 0 {
		return
	}
	if len(t.topCount) != len(p) {
		t.topCount = make([]int32, len(p))
		t.topFreq = make([]float64, len(p))
		t.peakCount = make([]int32, len(p))
		t.peakFreq = make([]float64, len(p))
	}
	// The strongest local maxima, by power.
	var peaks [toneMaxPeaks]int
	var power [toneMaxPeaks]float64
	n := 0
	for i := 1; i < len(p)-1; i++ {
		v := p[i]
		if v <= p[i-1] || v < p[i+1] {
			continue
		}
		j := n
		if n < toneMaxPeaks {
			n++
		} else if v <= power[n-1] {
			continue
		} else {
			j = n - 1
		}
		for j > 0 && power[j-1] < v {
			peaks[j], power[j] = peaks[j-1], power[j-1]
			j--
		}
		peaks[j], power[j] = i, v
	}
	if n == 0 {
		return
	}
	t.frames++
	db := 10 * math.Log10(total)
	t.levelSum += db
	t.levelSq += db * db
	top := peaks[0]
	// Power within two bins of each peak (a Hann window's main lobe),
	// counting each bin once: the peaks are put in bin order first.
	sorted := peaks[:n]
	for a := 1; a < len(sorted); a++ {
		for b := a; b > 0 && sorted[b-1] > sorted[b]; b-- {
			sorted[b-1], sorted[b] = sorted[b], sorted[b-1]
		}
	}
	var held float64
	last := -1
	for _, k := range sorted {
		for i := max(k-2, last+1, 0); i <= min(k+2, len(p)-1); i++ {
			held += p[i]
			last = i
		}
	}
	if held >= toneConcentration*total {
		t.concentrated++
	}
	t.topCount[top]++
	t.topFreq[top] += peakHz(p, top, binHz)
	// The other strong peaks, for a test signal of a few tones.
	for _, k := range sorted {
		if k != top && p[k] >= toneSecondary*p[top] {
			t.peakCount[k]++
			t.peakFreq[k] += peakHz(p, k, binHz)
		}
	}
}

// peakHz is the frequency of the peak at bin k of p (p[i] at (i+1)·binHz),
// interpolated on log power.
func peakHz(p []float64, k int, binHz float64) float64 {
	al, be, ga := math.Log(p[k-1]+1e-30), math.Log(p[k]+1e-30), math.Log(p[k+1]+1e-30)
	off := 0.0
	if d := al - 2*be + ga; d < 0 {
		off = 0.5 * (al - ga) / d
	}
	return (float64(k+1) + off) * binHz
}

// tone returns the frequencies of a steady test tone: the strongest, then
// the others present throughout (at most toneMaxPeaks in all); or nil when
// the frames seen are not one.
func (t *toneAccum) tone() []float64 {
	if t.frames < 20 || float64(t.concentrated) < toneSteady*float64(t.frames) ||
		float64(t.sounding) < toneSteady*float64(t.sounding+t.silent) {
		return nil
	}
	// A steady level: beeps, tremolo and fades are not a test tone.
	mean := t.levelSum / float64(t.frames)
	if sd := math.Sqrt(max(0, t.levelSq/float64(t.frames)-mean*mean)); sd > toneLevelSpread {
		return nil
	}
	steady := int32(math.Ceil(toneSteady * float64(t.frames)))
	mode := 0
	for i, c := range t.topCount {
		if c > t.topCount[mode] {
			mode = i
		}
	}
	hz, ok := cluster(t.topCount, t.topFreq, mode, steady)
	if !ok {
		return nil
	}
	tones := []float64{hz}
	for i := 1; i < len(t.peakCount)-1 && len(tones) < toneMaxPeaks; i++ {
		c := t.peakCount[i]
		if c == 0 || c < t.peakCount[i-1] || c <= t.peakCount[i+1] || (i >= mode-1 && i <= mode+1) {
			continue // not the centre of a cluster, or the strongest tone again
		}
		if hz, ok := cluster(t.peakCount, t.peakFreq, i, steady); ok {
			tones = append(tones, hz)
		}
	}
	return tones
}

// cluster returns the mean frequency of the peaks counted in bins i-1 to
// i+1, and whether there are at least steady of them.
func cluster(count []int32, freq []float64, i int, steady int32) (float64, bool) {
	var n int32
	var sum float64
	for j := max(i-1, 0); j <= min(i+1, len(count)-1); j++ {
		n += count[j]
		sum += freq[j]
	}
	if n < steady || n == 0 {
		return 0, false
	}
	return sum / float64(n), true
}

// notMusic decides whether the audio measured in f is music, from its
// length, its loudness and peak, and the tone detector. It returns the
// reason to store, or "" for music.
func notMusic(f *Features, audio time.Duration, peak float64, tone *toneAccum) string {
	switch {
	case peak < silencePeak || (audio >= MinDuration && f.LoudnessLUFS < silenceLUFS):
		return NotMusicSilence
	case audio < MinMusicDuration:
		return fmt.Sprintf("%s (%s s)", NotMusicTooShort, formatSeconds(audio))
	}
	if tones := tone.tone(); len(tones) > 0 {
		slices.Sort(tones)
		var names []string
		for _, hz := range tones {
			names = append(names, FormatHz(hz))
		}
		return fmt.Sprintf("%s (%s)", NotMusicTestTone, strings.Join(names, " + "))
	}
	return ""
}

// forgetMusic clears what is meaningless on audio that is not music: its
// tempo and its key.
func forgetMusic(f *Features) {
	f.BPM, f.BPMConfidence = 0, 0
	f.Key, f.Tonic, f.Minor, f.KeyConfidence = "", -1, false, 0
	f.Instruments = nil
	f.Repetition = 0
}

// formatSeconds renders a short length to the hundredth of a second
// without trailing zeros: "0.35", "3.2", "4".
func formatSeconds(d time.Duration) string {
	return strconv.FormatFloat(math.Round(d.Seconds()*100)/100, 'f', -1, 64)
}

// FormatHz renders a frequency as people name test tones: "440 Hz",
// "1 kHz", "2.5 kHz". Below 1 kHz it is rounded to 10 Hz, above to 100 Hz.
func FormatHz(hz float64) string {
	if hz >= 995 {
		return strconv.FormatFloat(math.Round(hz/100)/10, 'f', -1, 64) + " kHz"
	}
	return strconv.Itoa(int(math.Round(hz/10))*10) + " Hz"
}

// DescribeNotMusic says in a few words what a track flagged with reason
// is, for notes and listings: "10 seconds of silence", "a 1 kHz test
// tone", "a 0.35-second clip". length is the track's duration; it is used
// for silence. It returns "" for an unknown reason.
func DescribeNotMusic(reason string, length time.Duration) string {
	kind, detail, _ := strings.Cut(reason, " (")
	detail = strings.TrimSuffix(detail, ")")
	switch kind {
	case NotMusicSilence:
		switch s := math.Round(length.Seconds()); {
		case s <= 0:
			return "silence"
		case s == 1:
			return "a second of silence"
		case s < 120:
			return fmt.Sprintf("%d seconds of silence", int(s))
		default:
			return fmt.Sprintf("%d minutes of silence", int(math.Round(s/60)))
		}
	case NotMusicTestTone:
		if detail == "" {
			return "a test tone"
		}
		return "a " + detail + " test tone"
	case NotMusicTooShort:
		if detail == "" {
			return "a very short clip"
		}
		s := strings.TrimSuffix(detail, " s")
		if s == "1" {
			return "a one-second clip"
		}
		return "a " + s + "-second clip"
	}
	return ""
}

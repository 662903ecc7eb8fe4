package analysis

import (
	"context"
	"errors"
	"fmt"
	"io"
	"testing"
	"time"

	"sleeve/library/decode"
)

// TestWriteTempoCandidates writes the evidence for every candidate
// metrical level of the files listed in $SLEEVE_TEMPO_FILES (one path a
// line) to the TSV $SLEEVE_TEMPO_CANDIDATES, for scripts/corpus/fit_tempo.py,
// which fits defaultDecider on the development corpus. Tracks longer than
// 100 s are measured on three 30 s excerpts at 25, 50 and 75 %, as the
// library's analyser does. It is skipped unless both variables are set:
//
//	SLEEVE_TEMPO_FILES=/work/corpus/files.list SLEEVE_TEMPO_CANDIDATES=/tmp/cands.tsv \
//	    go test -run TestWriteTempoCandidates ./library/analysis/
func TestWriteTempoCandidates(t *testing.T) {
	writeForListedFiles(t, "SLEEVE_TEMPO_FILES", "SLEEVE_TEMPO_CANDIDATES", "tempo candidates", "path\tbpm\tratio\tsal\ton\toff\tperbeat\tchosen\tconfidence\tlowsal\tacf\ttg\tlowacf\tlowtg\tmargin\tclarity\tlowperbeat",
		func(w io.Writer, path string) error {
			r, err := tempoCandidatesOf(path)
			if err != nil {
				return err
			}
			for i, c := range r.cands {
				fmt.Fprintf(w, "%s\t%.3f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%v\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\n",
					path, c.bpm, c.ratio, c.salience, c.onBeat, c.offBeat, c.perBeat, i == r.choice, r.confidence,
					c.lowSalience, c.parts[0], c.parts[1], c.parts[2], c.parts[3], r.margin, r.clarity, c.lowPerBeat)
			}
			return nil
		})
}

// tempoCandidatesOf decodes a file at 22050 Hz and returns its tempo
// estimate with the candidate levels.
func tempoCandidatesOf(path string) (tempoResult, error) {
	a, err := analyzerOf(path)
	if err != nil {
		return tempoResult{}, err
	}
	acf := newOnsetACF(a.cfg.frameRate)
	onsets, lowOnsets, samples := 0, 0, int64(0)
	for _, e := range a.excerpts {
		acf.add(&e.onset)
		onsets += countOnsets(&e.onset, a.cfg.frameRate)
		lowOnsets += countBandOnsets(&e.onset, a.cfg.frameRate, lowOnsetBands)
		samples += e.samples
	}
	acf.onsetRate = float64(onsets) / (float64(samples) / float64(a.cfg.sr))
	acf.lowOnsetRate = float64(lowOnsets) / (float64(samples) / float64(a.cfg.sr))
	return acf.estimate(), nil
}

// analyzerRate is the sample rate at which the corpus tools decode files.
const analyzerRate = 22050

// decodeFile decodes a whole file to mono samples at analyzerRate.
func decodeFile(path string) ([]float32, error) {
	s, err := decode.Open(context.Background(), path, decode.Options{SampleRate: analyzerRate, FFmpeg: decode.FFmpegPrefer})
	if err != nil {
		return nil, err
	}
	defer s.Close()
	var x []float32
	buf := make([]float32, 8192)
	for {
		n, err := s.Read(buf)
		x = append(x, buf[:n]...)
		if errors.Is(err, io.EOF) {
			return x, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// excerptSpan is a stretch of decoded samples, [from, to), that starts at
// start in the track.
type excerptSpan struct {
	start    time.Duration
	from, to int
}

// excerptSpans returns the whole file of n samples at analyzerRate, or for
// tracks longer than 100 s three 30 s excerpts at 25, 50 and 75 %, as the
// library's analyser measures them.
func excerptSpans(n int) []excerptSpan {
	const sr = analyzerRate
	seconds := float64(n) / sr
	if seconds <= 100 {
		return []excerptSpan{{0, 0, n}}
	}
	var out []excerptSpan
	prev := -30.0
	for _, c := range []float64{0.25, 0.5, 0.75} {
		start := min(max(c*seconds-15, prev+30, 0), seconds-30)
		prev = start
		i := int(start * sr)
		out = append(out, excerptSpan{time.Duration(start * float64(time.Second)), i, i + 30*sr})
	}
	return out
}

// analyzerOf decodes a file at 22050 Hz and returns an Analyzer that has
// been written the whole file, or for tracks longer than 100 s three 30 s
// excerpts at 25, 50 and 75 %, as the library's analyser does.
func analyzerOf(path string) (*Analyzer, error) {
	x, err := decodeFile(path)
	if err != nil {
		return nil, err
	}
	a, err := NewAnalyzer(analyzerRate, 0)
	if err != nil {
		return nil, err
	}
	spans := excerptSpans(len(x))
	if len(spans) == 1 {
		a.Write(x)
	} else {
		for _, sp := range spans {
			a.BeginExcerpt(sp.start)
			a.Write(x[sp.from:sp.to])
		}
	}
	a.endExcerpt()
	return a, nil
}

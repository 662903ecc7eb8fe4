// Command train fits Sleeve's instrument model (issue 15) on the clips that
// scripts/instruments/generate.py rendered, and writes the weights as Go
// source (library/analysis/instruments_model.go) with the scores on the
// held-out clips (library/analysis/instruments.md).
//
//	nice -n 10 go run ./scripts/instruments/train [-data /work/cache/instruments]
//
// Every clip is measured by library/analysis itself (Analyzer.InstrumentInputs),
// so training and inference share one extractor; the inputs are cached in
// the data folder by clip and feature-set version. The model learns from
// single seconds, labelled from the MIDI notes sounding in them; a clip's
// instruments follow from the share of its seconds in which each is heard.
// The model and the
// per-family share thresholds are chosen on the training clips alone: each
// candidate is fitted on four fifths of the training pieces and scored on
// the rest. The held-out soundfont and pieces are read only for the final
// scores.
//
// The diagnosis mode (-cv, see cv.go) cross-validates input variants and
// models over five folds of the training pieces, within or across the
// training soundfonts (-xsf), optionally with equalised copies of the
// training clips (-augment, augment.go), and reads no held-out clip; the
// findings are in instruments.md.
//
// The rotation mode (-rotate, see rotate.go) holds each soundfont out in
// turn, a diagnosis of how hard the held-out soundfont is.
//
// The frame mode (-frames cv|final, see frames.go) trains a model over
// each second's log-mel frames instead: cv cross-validates it on the
// training clips; final also fits it, scores it on the held-out clips
// against the summary model, and writes it (instruments_model.go and
// instruments_frames_model.go) and the report. It was tried and not
// shipped (instruments.md); the analysis code that runs a frame model
// (frameModel) is on the branch frames-exp, not on main, so the model
// that final writes compiles only there.
package main

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"hash/fnv"
	"io"
	"log"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"gonum.org/v1/gonum/stat"

	"sleeve/library/analysis"
	"sleeve/library/decode"
)

// featureSet names the version of the inputs that the cache holds; bump it
// when library/analysis/instruments.go changes what it measures.
const featureSet = "s1"

// handWritten marks the part of the report that the trainer keeps as it
// is.
const handWritten = "<!-- written by hand below: kept when the model is retrained -->"

// presentShare is the least share of a clip in which a family must sound
// to count as present (the definition).
const presentShare = 0.20

type clip struct {
	ID        string               `json:"id"`
	WAV       string               `json:"wav"`
	Offset    float64              `json:"offset_s"`
	Dur       float64              `json:"dur_s"`
	Split     string               `json:"split"`
	Soundfont string               `json:"soundfont"`
	Source    string               `json:"source"`
	Piece     string               `json:"piece"`
	Coverage  map[string]float64   `json:"coverage"`
	Seconds   []map[string]float64 `json:"seconds"`
	// BaseID and Variant name a randomised variant's base clip and its
	// number (see variants.go); empty and 0 for a clip as rendered.
	BaseID  string `json:"base"`
	Variant int    `json:"variant"`

	x [][]float64 // inputs per second (nil: too little sound)
	// aug numbers an equalised copy of a training clip (0: the clip as
	// rendered); copies are a clip's equalised copies (see augment.go).
	aug    int
	base   string
	copies []*clip
	y      [analysis.NumInstruments]float64   // labels of the clip
	ys     [][analysis.NumInstruments]float64 // labels per second
}

// secondShare is the least share of a second in which a family must sound
// for the second to be labelled with it.
const secondShare = 0.25

type cached struct {
	ID  string      `json:"id"`
	Set string      `json:"set"`
	X   [][]float64 `json:"x"`
}

func main() {
	data := flag.String("data", "/work/cache/instruments", "folder with manifest.jsonl and the renders")
	modelOut := flag.String("model", "library/analysis/instruments_model.go", "generated Go file for the weights")
	reportOut := flag.String("report", "library/analysis/instruments.md", "markdown file for the scores")
	seed := flag.Uint64("seed", 15, "random seed for the initial weights and the batches")
	jobs := flag.Int("j", 1, "clips measured in parallel")
	only := flag.Int("candidate", -1, "train only this candidate (index into the list), for diagnosis")
	manifestName := flag.String("manifest", "manifest.jsonl", "the manifest in the data folder")
	augment := flag.Int("augment", 0, "diagnosis: equalised copies of each training clip that the fitting also sees (see augment.go)")
	flag.BoolVar(&crossSoundfont, "xsf", false, "diagnosis (-cv): fit on one training soundfont, score the other")
	cv := flag.String("cv", "", "diagnosis: report 5-fold cross-validation by piece on the training clips for these input variants "+
		"(comma-separated: ctx, the model's; noctx, each second alone; nb1, nb2, the mean of the seconds within 1 or 2; nb2c, that appended) and stop")
	framesOut := flag.String("frames-model", "library/analysis/instruments_frames_model.go", "generated Go file for the frame model's weights (compiles only on the branch frames-exp, which holds frameModel)")
	frames := flag.String("frames", "", "frame model: cv (5-fold cross-validation by piece on the training clips) or final")
	variantSpec := flag.String("variants", "", "fifth pass: fit also on these randomised variants of the training clips, MODE:N[,MODE:N] (e.g. full:2; see variants.go)")
	variantData := flag.String("vdata", "/work/cache/instruments5", "folder with the variants' manifests (manifest-MODE.jsonl), renders and inputs cache")
	rotation := flag.Bool("rotate", false, "diagnosis: hold out each soundfont in turn (with -manifest manifest-rotation.jsonl; see rotate.go)")
	fcfgFlags := frameFlags()
	flag.Parse()

	clips, manifestHash := readManifest(filepath.Join(*data, *manifestName))
	for _, c := range clips {
		if c.Split != "train" {
			continue
		}
		for n := 1; n <= *augment; n++ {
			cp := *c
			cp.ID, cp.aug, cp.base, cp.Split, cp.copies = fmt.Sprintf("%s#eq%d", c.ID, n), n, c.ID, "train-eq", nil
			c.copies = append(c.copies, &cp)
			clips = append(clips, &cp)
		}
	}
	var variantDesc string
	if *variantSpec != "" {
		var vs []*clip
		vs, variantDesc = loadVariants(clips, *variantData, *variantSpec)
		if err := measure(vs, filepath.Join(*variantData, "inputs-"+featureSet+".jsonl"), *jobs); err != nil {
			log.Fatal(err)
		}
		log.Printf("variants: %s", variantDesc)
	}
	if err := measure(clips, filepath.Join(*data, "inputs-"+featureSet+".jsonl"), *jobs); err != nil {
		log.Fatal(err)
	}
	var train, test, testSeen []*clip
	for _, c := range clips {
		if c.x == nil {
			continue
		}
		switch c.Split {
		case "train":
			train = append(train, c)
		case "test":
			test = append(test, c)
		case "test-seen-sf":
			testSeen = append(testSeen, c)
		}
	}
	log.Printf("clips: %d train, %d test (held-out soundfont), %d held-out pieces through training soundfonts",
		len(train), len(test), len(testSeen))
	if *frames != "" {
		runFrames(*frames, clips, train, test, testSeen, fcfgFlags(), *seed, *data, *jobs, frameOutputs{
			model: *modelOut, frames: *framesOut, report: *reportOut,
			dataVersion: dataVersionOf(filepath.Join(*data, *manifestName), manifestHash) + ", frame set " + frameSet})
		return
	}
	if *cv != "" {
		for _, v := range strings.Split(*cv, ",") {
			switch v {
			case "ctx":
				contextOf = analysis.InstrumentContext
			case "noctx":
				contextOf = noContext
			case "nb1":
				contextOf = neighbourMean(1, false)
			case "nb2":
				contextOf = neighbourMean(2, false)
			case "nb2c":
				contextOf = neighbourMean(2, true)
			default:
				log.Fatalf("unknown variant %q", v)
			}
			for i, cfg := range cvCandidates() {
				if *only >= 0 && i != *only {
					continue
				}
				runCV(v, train, cfg, *seed)
			}
		}
		return
	}

	// Model selection on the training clips only.
	cands := candidates()
	if *only >= 0 {
		cands = cands[*only : *only+1]
	}
	if *rotation {
		rotate(clips, cands, *seed)
		return
	}

	model, desc, selection := selectAndFit(train, cands, *seed)
	bestThresholds := model.threshold
	resTest := evaluate(model, test)
	resSeen := evaluate(model, testSeen)
	resTrain := evaluate(model, train)
	log.Printf("held-out soundfont and pieces: macro F1 %.3f; held-out pieces, training soundfonts: %.3f; training: %.3f",
		resTest.macroF1, resSeen.macroF1, resTrain.macroF1)

	dataVersion := dataVersionOf(filepath.Join(*data, *manifestName), manifestHash)
	if variantDesc != "" {
		dataVersion += "; with " + variantDesc
		compareWithoutVariants(model, train, test, testSeen, cands, *seed)
	}
	if err := writeModel(*modelOut, model, nil, 0, "", desc, *seed, dataVersion, resTest); err != nil {
		log.Fatal(err)
	}
	rep := report{model: model, desc: desc, how: summaryHow, seed: *seed, dataVersion: dataVersion, train: train, test: test, testSeen: testSeen,
		resTest: resTest, resSeen: resSeen, resTrain: resTrain, selection: selection,
		thresholds: bestThresholds}
	md := rep.markdown()
	// What follows handWritten in the old report (speed, checks by hand)
	// is kept.
	if old, err := os.ReadFile(*reportOut); err == nil {
		if i := strings.Index(string(old), handWritten); i >= 0 {
			md += "\n" + string(old[i:])
		}
	}
	if err := os.WriteFile(*reportOut, []byte(md), 0o644); err != nil {
		log.Fatal(err)
	}
}

// dataVersionOf names the training data: the manifest's date and hash and
// the feature set. The data version is dated by the manifest, not by the
// run, so that a rerun on the same data writes the same model file.
func dataVersionOf(manifest, manifestHash string) string {
	made := time.Now()
	if st, err := os.Stat(manifest); err == nil {
		made = st.ModTime()
	}
	return fmt.Sprintf("%s (manifest sha256 %s, feature set %s)", made.UTC().Format("2006-01-02"),
		manifestHash[:12], featureSet)
}

// readManifest reads the clips and the labels they carry.
func readManifest(path string) ([]*clip, string) {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatalf("%v (run scripts/instruments/generate.py first)", err)
	}
	sum := sha256.Sum256(b)
	var clips []*clip
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		c := &clip{}
		if err := json.Unmarshal([]byte(line), c); err != nil {
			log.Fatalf("%s: %v", path, err)
		}
		for i, l := range analysis.InstrumentLabels {
			if c.Coverage[l] >= presentShare {
				c.y[i] = 1
			}
		}
		c.ys = make([][analysis.NumInstruments]float64, len(c.Seconds))
		for k, sec := range c.Seconds {
			for i, l := range analysis.InstrumentLabels {
				if sec[l] >= secondShare {
					c.ys[k][i] = 1
				}
			}
		}
		clips = append(clips, c)
	}
	return clips, hex.EncodeToString(sum[:])
}

// measure fills each clip's inputs, from the cache or by decoding and
// analysing its window of the render.
func measure(clips []*clip, cachePath string, jobs int) error {
	have := map[string][][]float64{}
	if f, err := os.Open(cachePath); err == nil {
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			var c cached
			if json.Unmarshal(sc.Bytes(), &c) == nil && c.Set == featureSet {
				have[c.ID] = c.X
			}
		}
		f.Close()
	}
	out, err := os.OpenFile(cachePath, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	defer out.Close()
	var (
		mu   sync.Mutex
		wg   sync.WaitGroup
		todo = make(chan *clip)
		done int
	)
	for range max(1, jobs) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := range todo {
				x, err := inputsOf(c)
				mu.Lock()
				if err != nil {
					log.Printf("%s: %v", c.ID, err)
				} else {
					c.x = x
					line, _ := json.Marshal(cached{ID: c.ID, Set: featureSet, X: x})
					out.Write(append(line, '\n'))
				}
				done++
				if done%50 == 0 {
					log.Printf("measured %d clips", done)
				}
				mu.Unlock()
			}
		}()
	}
	for _, c := range clips {
		if x, ok := have[c.ID]; ok {
			c.x = x
			continue
		}
		todo <- c
	}
	close(todo)
	wg.Wait()
	return nil
}

// inputsOf decodes the clip's window as the library's analyser does (mono,
// 22050 Hz) and returns the instrument model's inputs.
func inputsOf(c *clip) ([][]float64, error) {
	an, err := analyseClip(c, false)
	if err != nil {
		return nil, err
	}
	x := an.InstrumentInputs()
	for _, v := range x {
		if v != nil {
			return x, nil
		}
	}
	return nil, fmt.Errorf("no second heard (silent render?)")
}

// analyseClip decodes the clip's window as the library's analyser does
// (mono, 22050 Hz) and analyses it, keeping each second's log-mel frames
// (for the frame model) when keepFrames is set.
func analyseClip(c *clip, keepFrames bool) (*analysis.Analyzer, error) {
	opt := decode.Options{SampleRate: decode.DefaultSampleRate, FFmpeg: decode.FFmpegNever,
		Offset: time.Duration(c.Offset * float64(time.Second)), MaxDuration: time.Duration(c.Dur * float64(time.Second))}
	a, err := decode.Mono(context.Background(), c.WAV, opt)
	if err != nil {
		return nil, err
	}
	if c.aug > 0 {
		randomEQ(c.base, c.aug, float64(a.SampleRate)).apply(a.Samples)
	}
	an, err := analysis.NewAnalyzer(a.SampleRate, 0)
	if err != nil {
		return nil, err
	}
	if keepFrames {
		an.KeepInstrumentFrames()
	}
	an.Write(a.Samples)
	if _, err := an.Finish(); err != nil {
		return nil, err
	}
	return an, nil
}

// config is one candidate model.
type config struct {
	hidden      int     // hidden ReLU units; 0 is a logistic regression per label
	weightDecay float64 // L2 penalty per weight
	noise       float64 // standard deviation of Gaussian noise on the standardised inputs
	steps       int     // mini-batches of 32
}

func (c config) String() string {
	kind := "logistic regression"
	if c.hidden > 0 {
		kind = fmt.Sprintf("MLP %d hidden", c.hidden)
	}
	return fmt.Sprintf("%s, L2 %g, input noise %g, %d steps", kind, c.weightDecay, c.noise, c.steps)
}

func candidates() []config {
	return []config{
		{hidden: 0, weightDecay: 1e-3, steps: 6000},
		{hidden: 64, weightDecay: 1e-3, noise: 0.3, steps: 8000},
		{hidden: 128, weightDecay: 1e-2, noise: 0.5, steps: 8000},
	}
}

type fold struct{ fit, val []*clip }

// net is the trained model in float64.
type net struct {
	mean, scale []float64
	w1          [][]float64 // hidden x inputs
	b1          []float64
	w2          [][]float64 // outputs x hidden (or inputs)
	b2          []float64
	// threshold is, per label, the share of seconds from which the label
	// is present in a clip.
	threshold []float64
}

// shareSlope is the share difference per unit of log-odds of the clip
// confidence around a label's threshold.
const shareSlope = 0.04

// shares returns per label the mean probability over the clip's heard
// seconds, as analysis.predictInstruments computes it.
func (n *net) shares(c *clip) []float64 {
	share := make([]float64, analysis.NumInstruments)
	k := 0
	for _, x := range contextOf(c.x) {
		if x == nil {
			continue
		}
		for i, p := range n.predict(x) {
			share[i] += p
		}
		k++
	}
	for i := range share {
		share[i] /= float64(max(1, k))
	}
	return share
}

// present says which labels the model hears in the clip.
func (n *net) present(c *clip) [analysis.NumInstruments]bool {
	return presentAt(n.shares(c), n.threshold)
}

// presentAt says which labels' shares reach their thresholds.
func presentAt(shares, threshold []float64) [analysis.NumInstruments]bool {
	var out [analysis.NumInstruments]bool
	for k, s := range shares {
		out[k] = s >= threshold[k]
	}
	return out
}

// example is one second: its inputs and labels.
type example struct {
	x []float64
	y [analysis.NumInstruments]float64
}

// examples returns the labelled seconds of the clips.
func examples(clips []*clip) []example {
	var out []example
	for _, c := range clips {
		for k, x := range contextOf(c.x) {
			if x != nil && k < len(c.ys) {
				out = append(out, example{x, c.ys[k]})
			}
		}
	}
	return out
}

// chooseThresholds picks per label the share threshold with the best F1
// on the given clips' shares (validation clips, never test ones).
func chooseThresholds(shares [][]float64, clips []*clip) []float64 {
	return chooseThresholdsIn(shares, clips, 0.04, 0.6)
}

// chooseThresholdsIn picks per label the share threshold from lo to hi,
// in steps of 0.02, with the best F1 on the given clips' shares.
func chooseThresholdsIn(shares [][]float64, clips []*clip, lo, hi float64) []float64 {
	th := make([]float64, analysis.NumInstruments)
	for k := range th {
		best, bestF1 := presentShare, -1.0
		for t := lo; t <= hi; t += 0.02 {
			tp, fp, fn := labelCounts(shares, clips, k, t)
			f1 := 2 * tp / math.Max(1, 2*tp+fp+fn)
			if f1 > bestF1+1e-9 {
				best, bestF1 = t, f1
			}
		}
		th[k] = best
	}
	return th
}

// labelCounts counts, for label k at share threshold t, the clips where
// it is predicted and present (tp), predicted only (fp) and present only
// (fn).
func labelCounts(shares [][]float64, clips []*clip, k int, t float64) (tp, fp, fn float64) {
	for i, c := range clips {
		pred, truth := shares[i][k] >= t, c.y[k] == 1
		switch {
		case pred && truth:
			tp++
		case pred:
			fp++
		case truth:
			fn++
		}
	}
	return tp, fp, fn
}

func (n *net) standardise(x []float64) []float64 {
	z := make([]float64, len(x))
	for i, v := range x {
		z[i] = (v - n.mean[i]) * n.scale[i]
	}
	return z
}

// forward returns the hidden activations and the output probabilities.
func (n *net) forward(z []float64) (h, p []float64) {
	h = z
	if len(n.w1) > 0 {
		h = make([]float64, len(n.w1))
		for j, w := range n.w1 {
			acc := n.b1[j]
			for i, v := range z {
				acc += w[i] * v
			}
			h[j] = math.Max(0, acc)
		}
	}
	p = make([]float64, len(n.w2))
	for k, w := range n.w2 {
		acc := n.b2[k]
		for j, v := range h {
			acc += w[j] * v
		}
		p[k] = 1 / (1 + math.Exp(-acc))
	}
	return h, p
}

func (n *net) predict(x []float64) []float64 {
	_, p := n.forward(n.standardise(x))
	return p
}

// fit trains a model by Adam on the binary cross-entropy of every label,
// with mini-batches of 32 and a fixed seed.
func fit(clipSet []*clip, cfg config, seed uint64) *net {
	rng := rand.New(rand.NewPCG(seed, 0x15))
	var withCopies []*clip
	for _, c := range clipSet {
		withCopies = append(withCopies, c)
		for _, cp := range c.copies {
			if cp.x != nil {
				withCopies = append(withCopies, cp)
			}
		}
	}
	clips := examples(withCopies)
	dim := len(clips[0].x)
	n := &net{mean: make([]float64, dim), scale: make([]float64, dim)}
	n.threshold = make([]float64, analysis.NumInstruments)
	for k := range n.threshold {
		n.threshold[k] = presentShare
	}
	col := make([]float64, len(clips))
	for i := range dim {
		for j, c := range clips {
			col[j] = c.x[i]
		}
		m, s := stat.MeanStdDev(col, nil)
		n.mean[i] = m
		n.scale[i] = 1 / math.Max(s, 1e-6)
	}
	in := dim
	if cfg.hidden > 0 {
		n.w1 = randMatrix(rng, cfg.hidden, dim, math.Sqrt(2/float64(dim)))
		n.b1 = make([]float64, cfg.hidden)
		in = cfg.hidden
	}
	n.w2 = randMatrix(rng, analysis.NumInstruments, in, math.Sqrt(1/float64(in)))
	n.b2 = make([]float64, analysis.NumInstruments)

	params := [][]float64{n.b2}
	params = append(params, n.w2...)
	if cfg.hidden > 0 {
		params = append(params, n.b1)
		params = append(params, n.w1...)
	}
	grads := make([][]float64, len(params))
	m1 := make([][]float64, len(params))
	m2 := make([][]float64, len(params))
	for i, p := range params {
		grads[i] = make([]float64, len(p))
		m1[i] = make([]float64, len(p))
		m2[i] = make([]float64, len(p))
	}
	// grads share the layout of params: gb2, gw2 rows, gb1, gw1 rows.
	gb2 := grads[0]
	gw2 := grads[1 : 1+analysis.NumInstruments]
	var gb1 []float64
	var gw1 [][]float64
	if cfg.hidden > 0 {
		gb1 = grads[1+analysis.NumInstruments]
		gw1 = grads[2+analysis.NumInstruments:]
	}
	zs := make([][]float64, len(clips))
	for i, c := range clips {
		zs[i] = n.standardise(c.x)
	}
	order := make([]int, len(clips))
	for i := range order {
		order[i] = i
	}
	const batch = 32
	const lr, beta1, beta2, eps = 3e-3, 0.9, 0.999, 1e-8
	step := 0
	z := make([]float64, dim)
	for step < cfg.steps {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for start := 0; start < len(order) && step < cfg.steps; start += batch {
			idx := order[start:min(len(order), start+batch)]
			for _, g := range grads {
				clear(g)
			}
			for _, i := range idx {
				for k, v := range zs[i] {
					z[k] = v
					if cfg.noise > 0 {
						z[k] += cfg.noise * rng.NormFloat64()
					}
				}
				h, p := n.forward(z)
				y := clips[i].y
				dh := make([]float64, len(h))
				for k := range p {
					d := p[k] - y[k] // d loss / d logit
					gb2[k] += d
					for j, v := range h {
						gw2[k][j] += d * v
						dh[j] += d * n.w2[k][j]
					}
				}
				if cfg.hidden > 0 {
					for j, v := range h {
						if v <= 0 {
							continue
						}
						gb1[j] += dh[j]
						for k, zv := range z {
							gw1[j][k] += dh[j] * zv
						}
					}
				}
			}
			step++
			bs := float64(len(idx))
			c1 := 1 - math.Pow(beta1, float64(step))
			c2 := 1 - math.Pow(beta2, float64(step))
			for pi, p := range params {
				decay := cfg.weightDecay
				if pi == 0 || (cfg.hidden > 0 && pi == 1+analysis.NumInstruments) {
					decay = 0 // no penalty on biases
				}
				for k := range p {
					g := grads[pi][k]/bs + decay*p[k]
					m1[pi][k] = beta1*m1[pi][k] + (1-beta1)*g
					m2[pi][k] = beta2*m2[pi][k] + (1-beta2)*g*g
					p[k] -= lr * (m1[pi][k] / c1) / (math.Sqrt(m2[pi][k]/c2) + eps)
				}
			}
		}
	}
	return n
}

func randMatrix(rng *rand.Rand, rows, cols int, sd float64) [][]float64 {
	m := make([][]float64, rows)
	for i := range m {
		m[i] = make([]float64, cols)
		for j := range m[i] {
			m[i][j] = sd * rng.NormFloat64()
		}
	}
	return m
}

// result holds the scores of a model on a set of clips.
type result struct {
	n                 int
	tp, fp, fn, tn    [analysis.NumInstruments]int
	precision, recall [analysis.NumInstruments]float64
	f1                [analysis.NumInstruments]float64
	support           [analysis.NumInstruments]int
	macroF1           float64
	exact             float64 // share of clips with every label right
	fnWith, fpWith    [analysis.NumInstruments]map[int]int
	fpTrue            [analysis.NumInstruments]map[int]int
	bySource          map[string][2]int // clips, clips with every label right
}

// evaluate scores the model with presence at confidence 0.5 (share at or
// above the label's threshold).
func evaluate(m presenter, clips []*clip) result {
	r := result{n: len(clips), bySource: map[string][2]int{}}
	for k := range r.fnWith {
		r.fnWith[k], r.fpWith[k], r.fpTrue[k] = map[int]int{}, map[int]int{}, map[int]int{}
	}
	exact := 0
	for _, c := range clips {
		p := m.present(c)
		all := true
		for k := range p {
			pred, truth := p[k], c.y[k] == 1
			switch {
			case pred && truth:
				r.tp[k]++
			case pred && !truth:
				r.fp[k]++
				all = false
			case !pred && truth:
				r.fn[k]++
				all = false
			default:
				r.tn[k]++
			}
		}
		for k := range p {
			pred, truth := p[k], c.y[k] == 1
			for j := range p {
				if j == k {
					continue
				}
				if truth && !pred && p[j] && c.y[j] == 0 {
					r.fnWith[k][j]++ // heard j (wrongly) where k played
				}
				if pred && !truth && c.y[j] == 1 {
					r.fpTrue[k][j]++ // k heard, j was what played
				}
			}
		}
		s := r.bySource[c.Source]
		s[0]++
		if all {
			exact++
			s[1]++
		}
		r.bySource[c.Source] = s
	}
	var sum float64
	labels := 0
	for k := range r.f1 {
		r.support[k] = r.tp[k] + r.fn[k]
		if r.tp[k]+r.fp[k] > 0 {
			r.precision[k] = float64(r.tp[k]) / float64(r.tp[k]+r.fp[k])
		}
		if r.support[k] > 0 {
			r.recall[k] = float64(r.tp[k]) / float64(r.support[k])
		}
		if r.precision[k]+r.recall[k] > 0 {
			r.f1[k] = 2 * r.precision[k] * r.recall[k] / (r.precision[k] + r.recall[k])
		}
		if r.support[k] > 0 {
			sum += r.f1[k]
			labels++
		}
	}
	if labels > 0 {
		r.macroF1 = sum / float64(labels)
	}
	if len(clips) > 0 {
		r.exact = float64(exact) / float64(len(clips))
	}
	return r
}

// writeModel writes the weights as Go source, in float32.
// fr, when set, is the frame model, whose shares weigh frameWeight in
// the track's (m may then be nil when frameWeight is 1); its weights go to
// framesPath.
func writeModel(path string, m *net, fr *fnet, frameWeight float64, framesPath string, desc string, seed uint64, dataVersion string, r result) error {
	var b strings.Builder
	fmt.Fprintf(&b, "// Code generated by scripts/instruments/train; DO NOT EDIT.\n\npackage analysis\n\n")
	fmt.Fprintf(&b, "// Instrument model: %s.\n// Training seed %d; data %s.\n", desc, seed, dataVersion)
	fmt.Fprintf(&b, "// Macro F1 on the held-out soundfont and pieces: %.3f (see instruments.md).\n", r.macroF1)
	fmt.Fprintf(&b, "\n// InstrumentModelSeed is the seed the instrument model was trained with.\nconst InstrumentModelSeed = %d\n", seed)
	fmt.Fprintf(&b, "\n// InstrumentModelData names the training data of the instrument model.\nconst InstrumentModelData = %q\n", dataVersion)
	fmt.Fprintf(&b, "\n// InstrumentModelMacroF1 is the instrument model's macro F1 on the held-out clips.\nconst InstrumentModelMacroF1 = %.3f\n", r.macroF1)
	fmt.Fprintf(&b, "\nvar trainedInstruments = &instrumentModel{\n")
	vec := func(name string, v []float64) {
		fmt.Fprintf(&b, "%s: []float32{", name)
		for i, x := range v {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%.5g", x)
		}
		b.WriteString("},\n")
	}
	mat := func(name string, m [][]float64) {
		fmt.Fprintf(&b, "%s: [][]float32{\n", name)
		for _, row := range m {
			vec("", row)
		}
		b.WriteString("},\n")
	}
	var threshold []float64
	if frameWeight < 1 {
		vec("mean", m.mean)
		vec("scale", m.scale)
		if len(m.w1) > 0 {
			mat("hidden", m.w1)
			vec("hiddenBias", m.b1)
		}
		mat("out", m.w2)
		vec("outBias", m.b2)
		threshold = m.threshold
	}
	if fr != nil {
		fmt.Fprintf(&b, "frames: trainedFrames,\nframeWeight: %g,\n", frameWeight)
		threshold = fr.threshold
		if err := writeFrameModel(framesPath, fr, desc, seed, dataVersion); err != nil {
			return err
		}
	}
	vec("threshold", threshold)
	fmt.Fprintf(&b, "slope: %g,\n", shareSlope)
	vec("precision", r.precision[:])
	b.WriteString("}\n")
	src := strings.ReplaceAll(b.String(), "\n: []float32{", "\n{")
	out, err := format.Source([]byte(src))
	if err != nil {
		return fmt.Errorf("format generated model: %w", err)
	}
	return os.WriteFile(path, out, 0o644)
}

// summaryHow says how the summary model hears a track (the share of a
// second, the thresholds).
const summaryHow = `The model hears one second at a time (a second is labelled with a family when the family's notes sound
for at least %.0f %% of it); a clip's share for a family is the mean probability over its seconds, and the
family is predicted present (confidence 0.5) when the share reaches the family's threshold, chosen on the
training clips' cross-soundfont validation: %s.

`

// presenter says which families a model hears in a clip.
type presenter interface {
	present(c *clip) [analysis.NumInstruments]bool
}

type report struct {
	model                      presenter
	desc                       string // the model, in words
	how                        string // how it hears a track, a paragraph
	selectionText              string // the model selection section's body, if not the summary models' table
	seed                       uint64
	dataVersion                string
	train, test, testSeen      []*clip
	resTest, resSeen, resTrain result
	selection                  []string
	thresholds                 []float64
}

func thresholdList(th []float64) string {
	var parts []string
	for k, t := range th {
		parts = append(parts, fmt.Sprintf("%s %.2f", analysis.InstrumentLabels[k], t))
	}
	return strings.Join(parts, ", ")
}

func (r report) markdown() string {
	var b strings.Builder
	w := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	w("# Instrument model: scores on held-out renders\n\n")
	w("Generated by `go run ./scripts/instruments/train` (do not edit by hand); the data by\n")
	w("`scripts/instruments/generate.py`. Model: %s; training seed %d; data %s.\n\n", r.desc, r.seed, r.dataVersion)
	w(r.how, secondShare*100, thresholdList(r.thresholds))
	w("A label is truly present in a clip when its family sounds for at least %.0f %% of the clip (from the MIDI).\n", presentShare*100)
	w("Clips: %d for training (training pieces through TimGM6mb and\n", len(r.train))
	w("OPL-3 FM), %d for the test (held-out pieces through the held-out soundfont, sf_GMbank of\n", len(r.test))
	w("csound-soundfont), %d for the diagnosis (the same held-out pieces through the training soundfonts).\n\n", len(r.testSeen))
	w("## Held-out soundfont and pieces (the score)\n\n")
	lo, hi := bootstrapInterval(r.model, r.test)
	w("Macro F1 **%.3f** (90 %% bootstrap interval over the clips %.3f–%.3f); every label right on %.0f %% of the clips.\n\n",
		r.resTest.macroF1, lo, hi, 100*r.resTest.exact)
	r.table(&b, r.resTest)
	w("\nBy source (clips, share with every label right):")
	var srcs []string
	for s := range r.resTest.bySource {
		srcs = append(srcs, s)
	}
	sort.Strings(srcs)
	for _, s := range srcs {
		v := r.resTest.bySource[s]
		w(" %s %d, %.0f %%;", s, v[0], 100*float64(v[1])/float64(max(1, v[0])))
	}
	w("\n\n## Confusions of the worst labels (held-out soundfont)\n\n")
	w("For each of the four labels with the lowest F1: on the clips where it played but was missed, which\n")
	w("absent labels were heard instead; on the clips where it was heard but absent, which labels played.\n\n")
	w("| label | F1 | missed | heard instead (clips) | false alarms | what played (clips) |\n|---|---|---|---|---|---|\n")
	idx := make([]int, analysis.NumInstruments)
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool { return r.resTest.f1[idx[i]] < r.resTest.f1[idx[j]] })
	for _, k := range idx[:4] {
		w("| %s | %.2f | %d | %s | %d | %s |\n", analysis.InstrumentLabels[k], r.resTest.f1[k], r.resTest.fn[k],
			topCounts(r.resTest.fnWith[k]), r.resTest.fp[k], topCounts(r.resTest.fpTrue[k]))
	}
	w("\n## Held-out pieces through the training soundfonts (diagnosis)\n\n")
	lo, hi = bootstrapInterval(r.model, r.testSeen)
	w("Macro F1 %.3f (90 %% bootstrap interval %.3f–%.3f); every label right on %.0f %% of the clips.\n",
		r.resSeen.macroF1, lo, hi, 100*r.resSeen.exact)
	w("The gap to the score above is what an unheard soundfont costs.\n\n")
	r.table(&b, r.resSeen)
	w("\nOn the training clips themselves: macro F1 %.3f.\n", r.resTrain.macroF1)
	w("\n## Model selection (training clips only)\n\n")
	if r.selectionText != "" {
		w("%s", r.selectionText)
		return b.String()
	}
	w("Each candidate is fitted on the clips of four fifths of the training pieces (both training soundfonts)\n")
	w("and scored (macro F1) on the clips of the remaining fifth, first at share 0.2, then with the per-family\n")
	w("thresholds that suit the validation clips best (the score that chooses; the thresholds are kept).\n\n")
	w("| candidate | validation, share 0.2 | validation, tuned thresholds |\n|---|---|---|\n")
	for _, s := range r.selection {
		w("%s\n", s)
	}
	return b.String()
}

func (r report) table(b *strings.Builder, res result) {
	fmt.Fprintf(b, "| label | precision | recall | F1 | clips with it | false alarms |\n|---|---|---|---|---|---|\n")
	for k, l := range analysis.InstrumentLabels {
		fmt.Fprintf(b, "| %s | %.2f | %.2f | %.2f | %d | %d |\n", l, res.precision[k], res.recall[k], res.f1[k],
			res.support[k], res.fp[k])
	}
}

// topCounts lists the three most frequent labels of counts.
func topCounts(counts map[int]int) string {
	type kv struct{ k, v int }
	var all []kv
	for k, v := range counts {
		all = append(all, kv{k, v})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].v > all[j].v || all[i].v == all[j].v && all[i].k < all[j].k })
	var parts []string
	for i, e := range all {
		if i == 3 {
			break
		}
		parts = append(parts, fmt.Sprintf("%s (%d)", analysis.InstrumentLabels[e.k], e.v))
	}
	if len(parts) == 0 {
		return "–"
	}
	return strings.Join(parts, ", ")
}

// evaluateShares is the macro F1 of precomputed shares under m's
// thresholds.
func evaluateShares(m *net, shares [][]float64, clips []*clip) float64 {
	var sum float64
	labels := 0
	for k := range analysis.NumInstruments {
		tp, fp, fn := labelCounts(shares, clips, k, m.threshold[k])
		if tp+fn > 0 {
			sum += 2 * tp / (2*tp + fp + fn)
			labels++
		}
	}
	return sum / float64(max(1, labels))
}

// pieceFold splits the training clips by piece (four fifths fit, one fifth
// validate, by a hash of the piece name), with every training soundfont on
// both sides, as the final model meets new pieces in known soundfonts.
func pieceFold(train []*clip) fold {
	var f fold
	for _, c := range train {
		h := fnv.New32a()
		io.WriteString(h, c.Piece)
		if h.Sum32()%5 == 0 {
			f.val = append(f.val, c)
		} else {
			f.fit = append(f.fit, c)
		}
	}
	return f
}

// bootstrapInterval returns the 5th and 95th percentiles of the macro F1
// of the model's calls on clips resampled with replacement (2000 times,
// seeded), which says how far the figure could move on another draw of
// as many held-out clips.
func bootstrapInterval(m presenter, clips []*clip) (lo, hi float64) {
	pred := make([][analysis.NumInstruments]bool, len(clips))
	for i, c := range clips {
		pred[i] = m.present(c)
	}
	rng := rand.New(rand.NewPCG(15, 0xb0))
	const draws = 2000
	scores := make([]float64, draws)
	idx := make([]int, len(clips))
	for d := range scores {
		for j := range idx {
			idx[j] = rng.IntN(len(clips))
		}
		scores[d] = macroF1Of(pred, clips, idx)
	}
	sort.Float64s(scores)
	return scores[draws*5/100], scores[draws*95/100]
}

// macroF1Of returns the macro F1 of the calls pred over the clips at idx
// (an index may repeat, as in a bootstrap draw), over the labels present
// in at least one of those clips.
func macroF1Of(pred [][analysis.NumInstruments]bool, clips []*clip, idx []int) float64 {
	var tp, fp, fn [analysis.NumInstruments]float64
	for _, i := range idx {
		for k := range analysis.NumInstruments {
			p, t := pred[i][k], clips[i].y[k] == 1
			switch {
			case p && t:
				tp[k]++
			case p:
				fp[k]++
			case t:
				fn[k]++
			}
		}
	}
	var sum float64
	labels := 0
	for k := range tp {
		if tp[k]+fn[k] > 0 {
			sum += 2 * tp[k] / (2*tp[k] + fp[k] + fn[k])
			labels++
		}
	}
	return sum / float64(max(1, labels))
}

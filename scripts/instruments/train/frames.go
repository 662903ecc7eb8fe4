package main

// The frame model (-frames): instead of a one-second summary, the model
// reads the second's log-mel frames themselves. Each frame, with its
// neighbours, goes through one layer of ReLU units (a 1-D convolution over
// time with the mel bands as channels); the units' mean and maximum over
// the second feed a small hidden layer and one sigmoid per family. A
// second's frames are first made gain-free (its mean level over every band
// and frame is subtracted). Training sees each second through a random
// equaliser (a smooth curve over the bands), a shift of a band up or down
// (about one to two semitones), and mixed with a second of another clip at
// a random level (its families added to the labels), so that the model
// hears families in more colours and combinations than the pieces and the
// two training soundfonts give.

import (
	"encoding/binary"
	"flag"
	"fmt"
	"go/format"
	"log"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"sleeve/library/analysis"
)

const numMel = 40

// frameSet names the version of the frame cache.
const frameSet = "m1"

// frameConfig is one candidate frame model.
type frameConfig struct {
	ctx      int     // frames either side of the centre frame
	stride   int     // frames between positions
	hidden   int     // units of the convolution
	hidden2  int     // units after the pooling
	epochs   int     // passes over the training seconds
	lr       float64 // Adam step
	decay    float64 // L2 per weight
	eq       float64 // standard deviation (dB) of the equaliser's first cosine
	shift    float64 // probability of a band shift
	mix      float64 // probability of mixing in another second
	bandNorm bool    // remove each band's mean over the second
	dropout  float64 // dropout on the pooled units
}

func (c frameConfig) String() string {
	return fmt.Sprintf("frames ±%d stride %d, conv %d, hidden %d, %d epochs, lr %g, L2 %g, eq %g dB, shift %.2f, mix %.2f, bandnorm %v, dropout %.2f",
		c.ctx, c.stride, c.hidden, c.hidden2, c.epochs, c.lr, c.decay, c.eq, c.shift, c.mix, c.bandNorm, c.dropout)
}

// frameClip holds a clip's seconds as normalised frames (dB/10, the
// second's mean removed), nil where the second is not heard.
type frameClip struct {
	secs [][]float32
}

var frameData = map[*clip]*frameClip{}

// measureFrames fills frameData from the cache or by analysing the clips.
func measureFrames(clips []*clip, dir string, jobs int) {
	os.MkdirAll(dir, 0o755)
	var mu sync.Mutex
	todo := make(chan *clip)
	var wg sync.WaitGroup
	done := 0
	for range max(1, jobs) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := range todo {
				path := filepath.Join(dir, strings.ReplaceAll(c.ID, "/", "_")+".bin")
				secs, err := readFrames(path)
				if err != nil {
					secs, err = framesOf(c)
					if err == nil {
						err = writeFrames(path, secs)
					}
				}
				mu.Lock()
				if err != nil {
					log.Printf("%s: %v", c.ID, err)
				} else {
					frameData[c] = &frameClip{secs: normaliseSeconds(secs)}
				}
				done++
				if done%100 == 0 {
					log.Printf("frames of %d clips", done)
				}
				mu.Unlock()
			}
		}()
	}
	for _, c := range clips {
		todo <- c
	}
	close(todo)
	wg.Wait()
}

// normaliseSeconds turns dB frames into the model's scale: the second's
// mean over every band and frame removed, divided by 10.
func normaliseSeconds(secs [][]float32) [][]float32 {
	out := make([][]float32, len(secs))
	for k, s := range secs {
		if s == nil {
			continue
		}
		var m float64
		for _, v := range s {
			m += float64(v)
		}
		m /= float64(len(s))
		z := make([]float32, len(s))
		for i, v := range s {
			z[i] = float32((float64(v) - m) / 10)
		}
		out[k] = z
	}
	return out
}

func framesOf(c *clip) ([][]float32, error) {
	an, err := analyseClip(c, true)
	if err != nil {
		return nil, err
	}
	return an.InstrumentFrames(), nil
}

func readFrames(path string) ([][]float32, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(b) < 4 {
		return nil, fmt.Errorf("short")
	}
	n := int(binary.LittleEndian.Uint32(b))
	b = b[4:]
	out := make([][]float32, n)
	for k := range out {
		m := int(binary.LittleEndian.Uint32(b))
		b = b[4:]
		if m == 0 {
			continue
		}
		s := make([]float32, m)
		for i := range s {
			s[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
		}
		b = b[4*m:]
		out[k] = s
	}
	return out, nil
}

func writeFrames(path string, secs [][]float32) error {
	var b []byte
	b = binary.LittleEndian.AppendUint32(b, uint32(len(secs)))
	for _, s := range secs {
		b = binary.LittleEndian.AppendUint32(b, uint32(len(s)))
		for _, v := range s {
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(v))
		}
	}
	return os.WriteFile(path, b, 0o644)
}

// fnet is a frame model in float64.
type fnet struct {
	cfg       frameConfig
	in        int       // (2*ctx+1)*numMel
	bandMean  []float64 // per band, over the training frames
	bandScale []float64
	w1        []float64 // hidden x in
	b1        []float64
	w2        []float64 // hidden2 x 2*hidden
	b2        []float64
	w3        []float64 // labels x hidden2
	b3        []float64
	threshold []float64
}

// fsecond is one training second: its frames and labels.
type fsecond struct {
	z []float32
	y [analysis.NumInstruments]float64
}

func frameSeconds(clips []*clip, minFrames int) []fsecond {
	var out []fsecond
	for _, c := range clips {
		fc := frameData[c]
		if fc == nil {
			continue
		}
		for k, z := range fc.secs {
			if z != nil && k < len(c.ys) && len(z)/numMel >= minFrames {
				out = append(out, fsecond{z, c.ys[k]})
			}
		}
	}
	return out
}

// prep turns normalised frames into standardised ones (float64), with the
// band-mean removal if configured.
func (n *fnet) prep(z []float32, dst []float64) []float64 {
	dst = dst[:0]
	nf := len(z) / numMel
	var bm [numMel]float64
	if n.cfg.bandNorm {
		for f := 0; f < nf; f++ {
			for b := 0; b < numMel; b++ {
				bm[b] += float64(z[f*numMel+b])
			}
		}
		for b := range bm {
			bm[b] /= float64(nf)
		}
	}
	for f := 0; f < nf; f++ {
		for b := 0; b < numMel; b++ {
			dst = append(dst, (float64(z[f*numMel+b])-bm[b]-n.bandMean[b])*n.bandScale[b])
		}
	}
	return dst
}

// fwork holds one worker's buffers and gradients.
type fwork struct {
	h        []float64 // positions x hidden
	pos      []int
	pool     []float64 // 2*hidden
	arg      []int     // argmax position per hidden unit
	g2       []float64
	drop     []float64
	dpool    []float64
	dh       []float64
	gw1, gb1 []float64
	gw2, gb2 []float64
	gw3, gb3 []float64
	loss     float64
}

func (n *fnet) newWork() *fwork {
	H, G := n.cfg.hidden, n.cfg.hidden2
	return &fwork{pool: make([]float64, 2*H), arg: make([]int, H), g2: make([]float64, G), drop: make([]float64, 2*H),
		dpool: make([]float64, 2*H), dh: make([]float64, H),
		gw1: make([]float64, H*n.in), gb1: make([]float64, H), gw2: make([]float64, G*2*H), gb2: make([]float64, G),
		gw3: make([]float64, analysis.NumInstruments*G), gb3: make([]float64, analysis.NumInstruments)}
}

// forward runs the model over standardised frames x; it fills w's buffers
// and returns the probabilities. rng, when set, applies dropout.
func (n *fnet) forward(x []float64, w *fwork, rng *rand.Rand) [analysis.NumInstruments]float64 {
	H, G, c := n.cfg.hidden, n.cfg.hidden2, n.cfg.ctx
	nf := len(x) / numMel
	w.pos = w.pos[:0]
	for t := c; t < nf-c; t += n.cfg.stride {
		w.pos = append(w.pos, t)
	}
	if cap(w.h) < len(w.pos)*H {
		w.h = make([]float64, len(w.pos)*H)
	}
	w.h = w.h[:len(w.pos)*H]
	for j := range H {
		w.pool[j] = 0
		w.pool[H+j] = 0
		w.arg[j] = -1
	}
	for pi, t := range w.pos {
		u := x[(t-c)*numMel : (t+c+1)*numMel]
		hrow := w.h[pi*H : (pi+1)*H]
		for j := range H {
			wr := n.w1[j*n.in : (j+1)*n.in]
			acc := n.b1[j]
			for i, v := range u {
				acc += wr[i] * v
			}
			if acc < 0 {
				acc = 0
			}
			hrow[j] = acc
			w.pool[j] += acc
			if w.arg[j] < 0 || acc > w.pool[H+j] {
				w.pool[H+j], w.arg[j] = acc, pi
			}
		}
	}
	np := float64(max(1, len(w.pos)))
	for j := range H {
		w.pool[j] /= np
	}
	for j := range w.drop {
		w.drop[j] = 1
		if rng != nil && n.cfg.dropout > 0 {
			if rng.Float64() < n.cfg.dropout {
				w.drop[j] = 0
			} else {
				w.drop[j] = 1 / (1 - n.cfg.dropout)
			}
		}
	}
	for g := range G {
		wr := n.w2[g*2*H : (g+1)*2*H]
		acc := n.b2[g]
		for j, v := range w.pool {
			acc += wr[j] * v * w.drop[j]
		}
		w.g2[g] = math.Max(0, acc)
	}
	var p [analysis.NumInstruments]float64
	for k := range p {
		wr := n.w3[k*G : (k+1)*G]
		acc := n.b3[k]
		for g, v := range w.g2 {
			acc += wr[g] * v
		}
		p[k] = 1 / (1 + math.Exp(-acc))
	}
	return p
}

// backward adds the gradients of the cross-entropy for labels y.
func (n *fnet) backward(x []float64, w *fwork, p, y [analysis.NumInstruments]float64) {
	H, G, c := n.cfg.hidden, n.cfg.hidden2, n.cfg.ctx
	var dg [64]float64
	dgs := dg[:G]
	if G > 64 {
		dgs = make([]float64, G)
	}
	for k := range p {
		d := p[k] - y[k]
		w.loss -= y[k]*math.Log(p[k]+1e-12) + (1-y[k])*math.Log(1-p[k]+1e-12)
		w.gb3[k] += d
		wr := n.w3[k*G : (k+1)*G]
		gr := w.gw3[k*G : (k+1)*G]
		for g, v := range w.g2 {
			gr[g] += d * v
			dgs[g] += d * wr[g]
		}
	}
	clear(w.dpool)
	for g := range G {
		if w.g2[g] <= 0 {
			continue
		}
		d := dgs[g]
		w.gb2[g] += d
		wr := n.w2[g*2*H : (g+1)*2*H]
		gr := w.gw2[g*2*H : (g+1)*2*H]
		for j, v := range w.pool {
			gr[j] += d * v * w.drop[j]
			w.dpool[j] += d * wr[j] * w.drop[j]
		}
	}
	np := float64(max(1, len(w.pos)))
	for pi, t := range w.pos {
		u := x[(t-c)*numMel : (t+c+1)*numMel]
		hrow := w.h[pi*H : (pi+1)*H]
		for j := range H {
			if hrow[j] <= 0 {
				continue
			}
			d := w.dpool[j] / np
			if w.arg[j] == pi {
				d += w.dpool[H+j]
			}
			if d == 0 {
				continue
			}
			w.gb1[j] += d
			gr := w.gw1[j*n.in : (j+1)*n.in]
			for i, v := range u {
				gr[i] += d * v
			}
		}
	}
}

// augment returns a copy of second s's frames through a random equaliser,
// band shift and mix, with the labels that go with it.
func augmentSecond(s fsecond, all []fsecond, cfg frameConfig, rng *rand.Rand) ([]float32, [analysis.NumInstruments]float64) {
	z := append([]float32(nil), s.z...)
	y := s.y
	nf := len(z) / numMel
	if cfg.mix > 0 && rng.Float64() < cfg.mix {
		o := all[rng.IntN(len(all))]
		on := len(o.z) / numMel
		level := (rng.Float64()*12 - 6) / 10 // dB/10
		off := 0
		if on > nf {
			off = rng.IntN(on - nf + 1)
		}
		for f := 0; f < nf; f++ {
			of := f + off
			if of >= on {
				of = f % on
			}
			for b := 0; b < numMel; b++ {
				a := float64(z[f*numMel+b])
				bb := float64(o.z[of*numMel+b]) + level
				hi := math.Max(a, bb)
				z[f*numMel+b] = float32(hi + math.Log10(math.Pow(10, a-hi)+math.Pow(10, bb-hi)))
			}
		}
		for k := range y {
			y[k] = math.Max(y[k], o.y[k])
		}
		var m float64
		for _, v := range z {
			m += float64(v)
		}
		m /= float64(len(z))
		for i := range z {
			z[i] -= float32(m)
		}
	}
	if cfg.shift > 0 && rng.Float64() < cfg.shift {
		d := 1
		if rng.IntN(2) == 0 {
			d = -1
		}
		row := make([]float32, numMel)
		for f := 0; f < nf; f++ {
			r := z[f*numMel : (f+1)*numMel]
			for b := range row {
				row[b] = r[min(numMel-1, max(0, b-d))]
			}
			copy(r, row)
		}
	}
	if cfg.eq > 0 {
		var curve [numMel]float64
		for k, sd := range []float64{cfg.eq, cfg.eq * 0.6, cfg.eq * 0.4} {
			a := rng.NormFloat64() * sd / 10
			for b := range curve {
				curve[b] += a * math.Cos(math.Pi*float64(k+1)*(float64(b)+0.5)/numMel)
			}
		}
		for f := 0; f < nf; f++ {
			for b := 0; b < numMel; b++ {
				z[f*numMel+b] += float32(curve[b])
			}
		}
	}
	return z, y
}

// fitFrames trains a frame model on the clips' seconds.
func fitFrames(clips []*clip, cfg frameConfig, seed uint64) *fnet {
	rng := rand.New(rand.NewPCG(seed, 0xf5))
	secs := frameSeconds(clips, 2*cfg.ctx+1)
	H, G := cfg.hidden, cfg.hidden2
	n := &fnet{cfg: cfg, in: (2*cfg.ctx + 1) * numMel, bandMean: make([]float64, numMel), bandScale: make([]float64, numMel)}
	// Band standardisation over all training frames.
	var sum, sq [numMel]float64
	var cnt float64
	for _, s := range secs {
		tmp := &fnet{cfg: cfg, bandMean: make([]float64, numMel), bandScale: ones(numMel)}
		x := tmp.prep(s.z, nil)
		for f := 0; f < len(x)/numMel; f++ {
			for b := 0; b < numMel; b++ {
				v := x[f*numMel+b]
				sum[b] += v
				sq[b] += v * v
			}
			cnt++
		}
	}
	for b := range numMel {
		m := sum[b] / cnt
		n.bandMean[b] = m
		n.bandScale[b] = 1 / math.Max(1e-3, math.Sqrt(sq[b]/cnt-m*m))
	}
	randn := func(k int, sd float64) []float64 {
		v := make([]float64, k)
		for i := range v {
			v[i] = sd * rng.NormFloat64()
		}
		return v
	}
	n.w1, n.b1 = randn(H*n.in, math.Sqrt(2/float64(n.in))), make([]float64, H)
	n.w2, n.b2 = randn(G*2*H, math.Sqrt(2/float64(2*H))), make([]float64, G)
	n.w3, n.b3 = randn(analysis.NumInstruments*G, math.Sqrt(1/float64(G))), make([]float64, analysis.NumInstruments)
	params := [][]float64{n.w1, n.b1, n.w2, n.b2, n.w3, n.b3}
	decays := []float64{cfg.decay, 0, cfg.decay, 0, cfg.decay, 0}
	m1 := make([][]float64, len(params))
	m2 := make([][]float64, len(params))
	for i, p := range params {
		m1[i], m2[i] = make([]float64, len(p)), make([]float64, len(p))
	}
	const workers = 2
	works := make([]*fwork, workers)
	rngs := make([]*rand.Rand, workers)
	for i := range works {
		works[i] = n.newWork()
		rngs[i] = rand.New(rand.NewPCG(seed+uint64(i)+1, 0xa7))
	}
	order := make([]int, len(secs))
	for i := range order {
		order[i] = i
	}
	const batch = 32
	step := 0
	total := cfg.epochs * (len(secs) + batch - 1) / batch
	for ep := 0; ep < cfg.epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		var epLoss float64
		for start := 0; start < len(order); start += batch {
			idx := order[start:min(len(order), start+batch)]
			var wg sync.WaitGroup
			for wi, w := range works {
				for _, g := range [][]float64{w.gw1, w.gb1, w.gw2, w.gb2, w.gw3, w.gb3} {
					clear(g)
				}
				w.loss = 0
				wg.Add(1)
				go func(wi int, w *fwork) {
					defer wg.Done()
					var x []float64
					for q := wi; q < len(idx); q += workers {
						z, y := augmentSecond(secs[idx[q]], secs, cfg, rngs[wi])
						x = n.prep(z, x)
						p := n.forward(x, w, rngs[wi])
						n.backward(x, w, p, y)
					}
				}(wi, w)
			}
			wg.Wait()
			step++
			// Cosine decay of the step size.
			lr := cfg.lr * 0.5 * (1 + math.Cos(math.Pi*float64(step)/float64(total)))
			bs := float64(len(idx))
			c1 := 1 - math.Pow(0.9, float64(step))
			c2 := 1 - math.Pow(0.999, float64(step))
			for pi, p := range params {
				for k := range p {
					var g float64
					for _, w := range works {
						g += [][]float64{w.gw1, w.gb1, w.gw2, w.gb2, w.gw3, w.gb3}[pi][k]
					}
					g = g/bs + decays[pi]*p[k]
					m1[pi][k] = 0.9*m1[pi][k] + 0.1*g
					m2[pi][k] = 0.999*m2[pi][k] + 0.001*g*g
					p[k] -= lr * (m1[pi][k] / c1) / (math.Sqrt(m2[pi][k]/c2) + 1e-8)
				}
			}
			for _, w := range works {
				epLoss += w.loss
			}
		}
		if ep == cfg.epochs-1 || ep%5 == 0 {
			log.Printf("  epoch %d: loss %.4f", ep+1, epLoss/float64(len(secs)))
		}
	}
	return n
}

func ones(k int) []float64 {
	v := make([]float64, k)
	for i := range v {
		v[i] = 1
	}
	return v
}

// secondProbs returns the probabilities of the clip's heard seconds.
func (n *fnet) secondProbs(c *clip) [][]float64 {
	fc := frameData[c]
	if fc == nil {
		return nil
	}
	w := n.newWork()
	var out [][]float64
	var x []float64
	for _, z := range fc.secs {
		if z == nil || len(z)/numMel < 2*n.cfg.ctx+1 {
			continue
		}
		x = n.prep(z, x)
		p := n.forward(x, w, nil)
		out = append(out, append([]float64(nil), p[:]...))
	}
	return out
}

// frameCV reports the out-of-fold macro F1 of cfg on the training clips,
// as runCV does for the summary models, and returns the out-of-fold
// shares.
func frameCV(train []*clip, cfg frameConfig, seed uint64) ([]*clip, [][]float64) {
	folds := kFolds(train, 5)
	var clips []*clip
	var shares [][]float64
	for i := range folds {
		var fitSet []*clip
		for j := range folds {
			if j != i {
				for _, c := range folds[j] {
					if !crossSoundfont || c.Soundfont == "timgm6mb" {
						fitSet = append(fitSet, c)
					}
				}
			}
		}
		m := fitFrames(fitSet, cfg, seed)
		for _, c := range folds[i] {
			if crossSoundfont && c.Soundfont == "timgm6mb" {
				continue
			}
			clips = append(clips, c)
			shares = append(shares, aggregate(m.secondProbs(c), "mean"))
		}
		log.Printf("  fold %d done", i+1)
	}
	log.Printf("FRAMES CV xsf=%v | %s: %s", crossSoundfont, cfg, halfHalf(clips, shares))
	if ensemble {
		sClips, sProbs := crossValidate(train, candidates()[1], seed, 5)
		byClip := map[*clip][]float64{}
		for i, c := range sClips {
			byClip[c] = aggregate(sProbs[i], "mean")
		}
		var sum, mixed [][]float64
		for i, c := range clips {
			s := byClip[c]
			sum = append(sum, s)
			m := make([]float64, len(s))
			for k := range m {
				m[k] = (s[k] + shares[i][k]) / 2
			}
			mixed = append(mixed, m)
		}
		log.Printf("SUMMARY CV xsf=%v | %s: %s", crossSoundfont, candidates()[1], halfHalf(clips, sum))
		log.Printf("ENSEMBLE CV xsf=%v | %s: %s", crossSoundfont, cfg, halfHalf(clips, mixed))
	}
	return clips, shares
}

// ensemble makes the frame model's cross-validation also score the
// summary model and the mean of both models' shares (-fens).
var ensemble bool

// frameFlags registers the frame model's settings.
func frameFlags() func() frameConfig {
	c := frameConfig{}
	flag.IntVar(&c.ctx, "fctx", 2, "frame model: frames either side")
	flag.IntVar(&c.stride, "fstride", 2, "frame model: frames between positions")
	flag.IntVar(&c.hidden, "fh", 64, "frame model: convolution units")
	flag.IntVar(&c.hidden2, "fg", 64, "frame model: units after pooling")
	flag.IntVar(&c.epochs, "fepochs", 40, "frame model: epochs")
	flag.Float64Var(&c.lr, "flr", 2e-3, "frame model: Adam step")
	flag.Float64Var(&c.decay, "fl2", 1e-4, "frame model: L2")
	flag.Float64Var(&c.eq, "feq", 8, "frame model: equaliser dB")
	flag.Float64Var(&c.shift, "fshift", 0.5, "frame model: band-shift probability")
	flag.Float64Var(&c.mix, "fmix", 0.5, "frame model: mixing probability")
	flag.Float64Var(&frameWeight, "fw", 1, "frame model (-frames final): weight of its shares against the summary model's")
	flag.BoolVar(&c.bandNorm, "fbandnorm", false, "frame model: remove each band's mean over the second")
	flag.BoolVar(&ensemble, "fens", false, "frame model (-frames cv): also score the summary model and the mean of both")
	flag.Float64Var(&c.dropout, "fdrop", 0.2, "frame model: dropout on the pooled units")
	return func() frameConfig { return c }
}

// runFrames is the frame model's mode.
func runFrames(mode string, all, train, test, testSeen []*clip, cfg frameConfig, seed uint64, data string, jobs int, out frameOutputs) {
	var need []*clip
	for _, c := range all {
		if c.x != nil && (c.Split == "train" || mode == "final") {
			need = append(need, c)
		}
	}
	measureFrames(need, filepath.Join(data, "frames-"+frameSet), jobs)
	switch mode {
	case "cv":
		frameCV(train, cfg, seed)
	case "final":
		finalFrames(train, test, testSeen, cfg, seed, out)
	default:
		log.Fatalf("unknown -frames mode %q", mode)
	}
}

// combined is the model that the analysis runs: the summary model's and
// the frame model's shares, weighed, against per-family thresholds.
type combined struct {
	sum       *net
	fr        *fnet
	weight    float64 // of the frame model's shares
	threshold []float64
}

func (m *combined) shares(c *clip) []float64 {
	share := make([]float64, analysis.NumInstruments)
	if m.weight < 1 {
		for k, v := range m.sum.shares(c) {
			share[k] += (1 - m.weight) * v
		}
	}
	if m.weight > 0 {
		for k, v := range aggregate(m.fr.secondProbs(c), "mean") {
			share[k] += m.weight * v
		}
	}
	return share
}

func (m *combined) present(c *clip) [analysis.NumInstruments]bool {
	return presentAt(m.shares(c), m.threshold)
}

// writeFrameModel writes the frame model's weights as Go source, in
// float32.
func writeFrameModel(path string, n *fnet, desc string, seed uint64, dataVersion string) error {
	var b strings.Builder
	fmt.Fprintf(&b, "// Code generated by scripts/instruments/train; DO NOT EDIT.\n\npackage analysis\n\n")
	fmt.Fprintf(&b, "// Frame model of the instrument model: %s.\n// Training seed %d; data %s.\n", desc, seed, dataVersion)
	fmt.Fprintf(&b, "\nvar trainedFrames = &frameModel{\nctx: %d, stride: %d,\n", n.cfg.ctx, n.cfg.stride)
	vec := func(name string, v []float64) {
		fmt.Fprintf(&b, "%s: []float32{", name)
		for i, x := range v {
			if i > 0 {
				b.WriteString(", ")
			}
			if i%16 == 15 {
				b.WriteString("\n")
			}
			fmt.Fprintf(&b, "%.5g", x)
		}
		b.WriteString("},\n")
	}
	mat := func(name string, v []float64, cols int) {
		fmt.Fprintf(&b, "%s: [][]float32{\n", name)
		for r := 0; r < len(v)/cols; r++ {
			vec("", v[r*cols:(r+1)*cols])
		}
		b.WriteString("},\n")
	}
	vec("bandMean", n.bandMean)
	vec("bandScale", n.bandScale)
	vec("conv", n.w1)
	vec("convBias", n.b1)
	mat("hidden", n.w2, 2*n.cfg.hidden)
	vec("hiddenBias", n.b2)
	mat("out", n.w3, n.cfg.hidden2)
	vec("outBias", n.b3)
	b.WriteString("}\n")
	src := strings.ReplaceAll(b.String(), "\n: []float32{", "\n{")
	out, err := format.Source([]byte(src))
	if err != nil {
		return fmt.Errorf("format generated frame model: %w", err)
	}
	return os.WriteFile(path, out, 0o644)
}

// frameWeight is the weight of the frame model's shares in the final
// model (-fw); the rest is the summary model's.
var frameWeight = 1.0

// frameOutputs are where the final frame model goes.
type frameOutputs struct {
	model, frames, report string
	dataVersion           string
}

// finalFrames fits the final model (the frame model, with the summary
// model if frameWeight < 1) on every training clip, with per-family
// thresholds chosen on the out-of-fold shares of the five-fold
// cross-validation by piece, scores it on the held-out clips, and writes
// the model and the report.
func finalFrames(train, test, testSeen []*clip, cfg frameConfig, seed uint64, out frameOutputs) {
	if cfg.bandNorm {
		log.Fatal("-fbandnorm is for -frames cv only: the analysis's frameModel does not remove the band means")
	}
	clips, shares := frameCV(train, cfg, seed)
	frameCVText := halfHalf(clips, shares)
	var sum *net
	desc := cfg.String()
	sumCfg := candidates()[1]
	var sumCVText string
	if frameWeight < 1 {
		sClips, sProbs := crossValidate(train, sumCfg, seed, 5)
		byClip := map[*clip][]float64{}
		for i, c := range sClips {
			byClip[c] = aggregate(sProbs[i], "mean")
		}
		var alone [][]float64
		for i, c := range clips {
			s := byClip[c]
			alone = append(alone, s)
			m := make([]float64, len(s))
			for k := range m {
				m[k] = frameWeight*shares[i][k] + (1-frameWeight)*s[k]
			}
			shares[i] = m
		}
		sumCVText = halfHalf(clips, alone)
		sum = fit(train, sumCfg, seed)
		desc = fmt.Sprintf("frame model (%s) at weight %g with the summary model (%s)", cfg, frameWeight, sumCfg)
	}
	cvText := halfHalf(clips, shares)
	th := chooseThresholds(shares, clips)
	fr := fitFrames(train, cfg, seed)
	fr.threshold = th
	model := &combined{sum: sum, fr: fr, weight: frameWeight, threshold: th}
	resTest, resSeen, resTrain := evaluate(model, test), evaluate(model, testSeen), evaluate(model, train)
	log.Printf("FINAL %s: held-out soundfont and pieces %.3f; held-out pieces, training soundfonts %.3f; training %.3f",
		desc, resTest.macroF1, resSeen.macroF1, resTrain.macroF1)
	// The summary model as the trainer's default mode fits it (the second
	// candidate, thresholds from the validation fold by piece), for a
	// paired comparison on the same clips.
	pf := pieceFold(train)
	sumCfg2 := candidates()[1]
	val := fit(pf.fit, sumCfg2, seed)
	var valShares [][]float64
	for _, c := range pf.val {
		valShares = append(valShares, val.shares(c))
	}
	shipped := fit(train, sumCfg2, seed)
	shipped.threshold = chooseThresholds(valShares, pf.val)
	for _, set := range []struct {
		name  string
		clips []*clip
	}{{"held-out soundfont and pieces", test}, {"held-out pieces, training soundfonts", testSeen}} {
		d, lo, hi, wins := pairedBootstrap(model, shipped, set.clips)
		log.Printf("PAIRED %s: frame model minus summary model %.3f (summary %.3f), 90 %% interval %.3f to %.3f, frame model ahead in %.0f %% of draws",
			set.name, d, evaluate(shipped, set.clips).macroF1, lo, hi, 100*wins)
	}
	if err := writeModel(out.model, sum, fr, frameWeight, out.frames, desc, seed, out.dataVersion, resTest); err != nil {
		log.Fatal(err)
	}
	var sel strings.Builder
	fmt.Fprintf(&sel, "Five folds by piece over the training clips (both training soundfonts): each fold's clips are\n")
	fmt.Fprintf(&sel, "scored by the models fitted on the other four; per-family thresholds are tuned on the clips of half\n")
	fmt.Fprintf(&sel, "the pieces and scored on the other half, and the reverse, averaged (macro F1). The thresholds kept\n")
	fmt.Fprintf(&sel, "are those that suit all the out-of-fold shares best.\n\n| model | cross-validation |\n|---|---|\n")
	fmt.Fprintf(&sel, "| frame model: %s | %s |\n", cfg, frameCVText)
	if sumCVText != "" {
		fmt.Fprintf(&sel, "| summary model: %s | %s |\n", sumCfg, sumCVText)
		fmt.Fprintf(&sel, "| both, frame model at weight %g (the model kept) | %s |\n", frameWeight, cvText)
	}
	rep := report{model: model, desc: desc, how: framesHow, seed: seed, dataVersion: out.dataVersion, train: train, test: test,
		testSeen: testSeen, resTest: resTest, resSeen: resSeen, resTrain: resTrain, selectionText: sel.String(), thresholds: th}
	md := rep.markdown()
	if old, err := os.ReadFile(out.report); err == nil {
		if i := strings.Index(string(old), handWritten); i >= 0 {
			md += "\n" + string(old[i:])
		}
	}
	if err := os.WriteFile(out.report, []byte(md), 0o644); err != nil {
		log.Fatal(err)
	}
}

// framesHow says how the frame model hears a track.
const framesHow = `The frame model hears one second at a time from its log-mel frames (40 bands, 46 ms frames every
23 ms, the second's mean level removed): a layer of ReLU units over every other frame with its
neighbours, their mean and maximum over the second, one hidden layer and one sigmoid per family. It
was trained on seconds labelled with a family when the family's notes sound for at least %.0f %% of it,
each seen through a random equaliser, a shift of one mel band (one to two semitones) and, some of the
time, mixed at a random level with a second of another training clip (labels joined). A clip's share
for a family is the mean probability over its seconds, and the family is predicted present
(confidence 0.5) when the share reaches the family's threshold, chosen on the out-of-fold shares of
the cross-validation below: %s.

`

// pairedBootstrap resamples the clips (2000 draws, seeded) and returns the
// macro F1 of a minus that of b on the clips as they are, the 5th and 95th
// percentiles of that difference over the draws, and the share of draws
// in which a is ahead.
func pairedBootstrap(a, b presenter, clips []*clip) (diff, lo, hi, wins float64) {
	pa := make([][analysis.NumInstruments]bool, len(clips))
	pb := make([][analysis.NumInstruments]bool, len(clips))
	for i, c := range clips {
		pa[i], pb[i] = a.present(c), b.present(c)
	}
	all := make([]int, len(clips))
	for i := range all {
		all[i] = i
	}
	diff = macroF1Of(pa, clips, all) - macroF1Of(pb, clips, all)
	rng := rand.New(rand.NewPCG(15, 0xb1))
	const draws = 2000
	ds := make([]float64, draws)
	idx := make([]int, len(clips))
	for d := range ds {
		for i := range idx {
			idx[i] = rng.IntN(len(clips))
		}
		ds[d] = macroF1Of(pa, clips, idx) - macroF1Of(pb, clips, idx)
		if ds[d] > 0 {
			wins++
		}
	}
	sort.Float64s(ds)
	return diff, ds[draws*5/100], ds[draws*95/100], wins / draws
}

package decode

import (
	"math"
)

// Resampler quality: zero crossings of the sinc on each side at the output
// cut-off, the pass-band edge as a fraction of the output Nyquist, and the
// Kaiser window's beta (about 80 dB stop-band rejection).
const (
	sincZeroCrossings = 16
	passBand          = 0.92
	kaiserBeta        = 8.0
	maxPhases         = 4096
)

// resampler is a streaming windowed-sinc (Kaiser) polyphase sample-rate
// converter for mono audio. When downsampling, the cut-off follows the
// output's Nyquist frequency, so nothing aliases.
type resampler struct {
	l, m        int64 // output/input rate ratio reduced: out = in·l/m
	taps        int   // filter length, even
	half        int   // taps/2
	phases      int   // rows in table
	exact       bool  // phases == l: no interpolation between rows
	table       []float32
	hist        []float32 // input samples not yet consumed, with history
	base        int64     // input index of hist[0]
	ipos        int64     // integer input position of the next output
	frac        int64     // fractional position, in 1/l units
	inCount     int64     // input samples pushed
	outCount    int64     // output samples produced
	flushed     bool
	passthrough bool
}

func gcd(a, b int64) int64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func newResampler(inRate, outRate int) *resampler {
	if inRate == outRate {
		return &resampler{passthrough: true}
	}
	g := gcd(int64(inRate), int64(outRate))
	r := &resampler{l: int64(outRate) / g, m: int64(inRate) / g}
	cutoff := passBand * math.Min(1, float64(outRate)/float64(inRate))
	r.half = int(math.Ceil(sincZeroCrossings / cutoff))
	r.taps = 2 * r.half
	r.phases = int(r.l)
	r.exact = true
	if r.l > maxPhases {
		r.phases = maxPhases
		r.exact = false
	}
	rows := r.phases + 1
	r.table = make([]float32, rows*r.taps)
	i0 := besselI0(kaiserBeta)
	for p := range rows {
		phi := float64(p) / float64(r.phases)
		row := r.table[p*r.taps : (p+1)*r.taps]
		var sum float64
		for j := range row {
			d := float64(j-r.half+1) - phi // tap position minus output position, in input samples
			x := d / float64(r.half)
			var w float64
			if x > -1 && x < 1 {
				w = besselI0(kaiserBeta*math.Sqrt(1-x*x)) / i0
			}
			v := cutoff * sinc(cutoff*d) * w
			row[j] = float32(v)
			sum += v
		}
		// Unity gain at DC for every phase.
		for j := range row {
			row[j] = float32(float64(row[j]) / sum)
		}
	}
	// History before the first sample is silence.
	r.hist = make([]float32, r.half-1)
	r.base = -int64(r.half - 1)
	return r
}

func sinc(x float64) float64 {
	if x == 0 {
		return 1
	}
	return math.Sin(math.Pi*x) / (math.Pi * x)
}

func besselI0(x float64) float64 {
	sum, term := 1.0, 1.0
	for k := 1; k < 50; k++ {
		term *= (x / (2 * float64(k))) * (x / (2 * float64(k)))
		sum += term
		if term < 1e-12*sum {
			break
		}
	}
	return sum
}

// push adds input samples.
func (r *resampler) push(in []float32) {
	r.hist = append(r.hist, in...)
	r.inCount += int64(len(in))
}

// flush marks the end of input: the tail is padded with silence so the last
// outputs can be computed.
func (r *resampler) flush() {
	if r.flushed || r.passthrough {
		r.flushed = true
		return
	}
	r.flushed = true
	r.hist = append(r.hist, make([]float32, r.half)...)
}

// want is the total output length for the input so far: ceil(in·l/m).
func (r *resampler) want() int64 {
	return (r.inCount*r.l + r.m - 1) / r.m
}

// pull writes resampled samples to dst and returns how many.
func (r *resampler) pull(dst []float32) int {
	if r.passthrough {
		n := copy(dst, r.hist)
		r.hist = r.hist[:copy(r.hist, r.hist[n:])]
		return n
	}
	n := 0
	total := r.want()
	for n < len(dst) {
		if r.flushed && r.outCount >= total {
			break
		}
		// The window spans input indices ipos-half+1 … ipos+half.
		start := r.ipos - int64(r.half) + 1 - r.base
		if start+int64(r.taps) > int64(len(r.hist)) {
			break
		}
		x := r.hist[start : start+int64(r.taps)]
		var acc float32
		if r.exact {
			row := r.table[int(r.frac)*r.taps : int(r.frac+1)*r.taps]
			acc = dot(x, row)
		} else {
			pf := float64(r.frac) / float64(r.l) * float64(r.phases)
			p := int(pf)
			t := float32(pf - float64(p))
			a := dot(x, r.table[p*r.taps:(p+1)*r.taps])
			b := dot(x, r.table[(p+1)*r.taps:(p+2)*r.taps])
			acc = a + t*(b-a)
		}
		dst[n] = acc
		n++
		r.outCount++
		r.frac += r.m
		r.ipos += r.frac / r.l
		r.frac %= r.l
	}
	// Drop input that no future output needs.
	keep := r.ipos - int64(r.half) + 1 - r.base
	if keep > 4096 && keep <= int64(len(r.hist)) {
		r.hist = r.hist[:copy(r.hist, r.hist[keep:])]
		r.base += keep
	}
	return n
}

func dot(x, h []float32) float32 {
	h = h[:len(x)]
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(x); i += 4 {
		s0 += x[i] * h[i]
		s1 += x[i+1] * h[i+1]
		s2 += x[i+2] * h[i+2]
		s3 += x[i+3] * h[i+3]
	}
	for ; i < len(x); i++ {
		s0 += x[i] * h[i]
	}
	return (s0 + s1) + (s2 + s3)
}

// Resample converts mono samples from one sample rate to another with the
// same windowed-sinc filter the decoders use. The output has
// ceil(len(in)·to/from) samples.
func Resample(in []float32, from, to int) []float32 {
	if from <= 0 || to <= 0 {
		return nil
	}
	r := newResampler(from, to)
	r.push(in)
	r.flush()
	out := make([]float32, (int64(len(in))*int64(to)+int64(from)-1)/int64(from))
	n := r.pull(out)
	return out[:n]
}

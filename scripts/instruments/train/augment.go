package main

import (
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"math/rand/v2"
)

// Augmentation (-augment N): every training clip is also measured N more
// times through a random equaliser, so that the model meets each part in
// more colours than the two training soundfonts give it (another
// soundfont's samples, or a recording's microphones and mixing, differ
// from them most of all in their spectral balance). Only the fitting sees
// the copies; validation and test clips are heard as rendered.

// eq is a cascade of RBJ biquads (Bristow-Johnson's audio EQ cookbook):
// a low shelf, a high shelf and one peak, each with a random gain.
type eq struct {
	stages []biquad
	desc   string
}

type biquad struct {
	b0, b1, b2, a1, a2 float64
	x1, x2, y1, y2     float64
}

func (q *biquad) process(x float64) float64 {
	y := q.b0*x + q.b1*q.x1 + q.b2*q.x2 - q.a1*q.y1 - q.a2*q.y2
	q.x2, q.x1 = q.x1, x
	q.y2, q.y1 = q.y1, y
	return y
}

// rbj returns the biquad of kind ("low", "high" shelf with slope 1, or
// "peak" with Q 1) at f0 Hz with gain dB.
func rbj(kind string, f0, gain, sr float64) biquad {
	A := math.Pow(10, gain/40)
	w := 2 * math.Pi * f0 / sr
	cw, sw := math.Cos(w), math.Sin(w)
	var b0, b1, b2, a0, a1, a2 float64
	switch kind {
	case "peak":
		alpha := sw / 2 // Q 1
		b0, b1, b2 = 1+alpha*A, -2*cw, 1-alpha*A
		a0, a1, a2 = 1+alpha/A, -2*cw, 1-alpha/A
	case "low":
		alpha := sw / 2 * math.Sqrt2 // shelf slope 1
		sq := 2 * math.Sqrt(A) * alpha
		b0, b1, b2 = A*((A+1)-(A-1)*cw+sq), 2*A*((A-1)-(A+1)*cw), A*((A+1)-(A-1)*cw-sq)
		a0, a1, a2 = (A+1)+(A-1)*cw+sq, -2*((A-1)+(A+1)*cw), (A+1)+(A-1)*cw-sq
	case "high":
		alpha := sw / 2 * math.Sqrt2
		sq := 2 * math.Sqrt(A) * alpha
		b0, b1, b2 = A*((A+1)+(A-1)*cw+sq), -2*A*((A-1)+(A+1)*cw), A*((A+1)+(A-1)*cw-sq)
		a0, a1, a2 = (A+1)-(A-1)*cw+sq, 2*((A-1)-(A+1)*cw), (A+1)-(A-1)*cw-sq
	}
	return biquad{b0: b0 / a0, b1: b1 / a0, b2: b2 / a0, a1: a1 / a0, a2: a2 / a0}
}

// randomEQ returns the equaliser of copy n of the clip id: the same every
// run (seeded by both).
func randomEQ(id string, n int, sr float64) *eq {
	h := fnv.New64a()
	io.WriteString(h, fmt.Sprintf("%s#%d", id, n))
	rng := rand.New(rand.NewPCG(h.Sum64(), 0xe9))
	low := rng.Float64()*16 - 8
	high := rng.Float64()*16 - 8
	pf := 300 * math.Pow(2, rng.Float64()*4) // 300 Hz to 4.8 kHz
	peak := rng.Float64()*12 - 6
	return &eq{
		stages: []biquad{rbj("low", 200, low, sr), rbj("high", 2500, high, sr), rbj("peak", pf, peak, sr)},
		desc:   fmt.Sprintf("low %+.1f dB, high %+.1f dB, %.0f Hz %+.1f dB", low, high, pf, peak),
	}
}

// apply filters the samples in place.
func (e *eq) apply(x []float32) {
	for i, v := range x {
		y := float64(v)
		for s := range e.stages {
			y = e.stages[s].process(y)
		}
		x[i] = float32(y)
	}
}

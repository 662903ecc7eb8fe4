package main

import (
	"fmt"
	"log"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Voice randomisation (-variants MODE:N[,MODE:N]): generate.py --variants
// renders each training clip's piece again with randomised voices (the same
// notes; each channel's filter, envelope, vibrato, tremolo, tuning,
// reverb, chorus and velocity curve offset at random through SoundFont
// NRPNs and controllers, and in mode "full" another program of the same
// family) through the same training soundfont, under -vdata
// (manifest-MODE.jsonl). Variants 1 to N of each mode become the base
// clip's copies, which only the fitting sees, as the equalised copies of
// -augment are: validation and test clips are heard as rendered, and in
// -cv -xsf a model fitted on one training soundfont sees only that
// soundfont's variants.

// loadVariants attaches the variants named by spec to their base clips
// and returns them (for measuring) with a description of the data.
func loadVariants(clips []*clip, dir, spec string) ([]*clip, string) {
	byID := map[string]*clip{}
	for _, c := range clips {
		byID[c.ID] = c
	}
	var out []*clip
	var desc []string
	for _, part := range strings.Split(spec, ",") {
		mode, nText, ok := strings.Cut(part, ":")
		n, err := strconv.Atoi(nText)
		if !ok || err != nil || n < 1 {
			log.Fatalf("-variants: %q is not MODE:N (e.g. full:2)", part)
		}
		path := filepath.Join(dir, "manifest-"+mode+".jsonl")
		vs, sum := readManifest(path)
		attached, highest := 0, 0
		for _, v := range vs {
			if v.Variant < 1 || v.Variant > n {
				continue
			}
			base := byID[v.BaseID]
			if base == nil || base.Split != "train" {
				log.Fatalf("%s: variant %s of %q, which is not a training clip", path, v.ID, v.BaseID)
			}
			if !sameLabels(v, base) {
				log.Fatalf("%s: variant %s has other labels than its base clip", path, v.ID)
			}
			v.Split, v.base = "train-var", base.ID
			base.copies = append(base.copies, v)
			out = append(out, v)
			attached++
			highest = max(highest, v.Variant)
		}
		if attached == 0 {
			log.Fatalf("%s: no variant 1..%d", path, n)
		}
		if highest < n {
			log.Printf("%s: variants 1–%d asked for, but the manifest holds only 1–%d", path, n, highest)
		}
		desc = append(desc, fmt.Sprintf("%s variants 1–%d (%d clips, manifest sha256 %s)", mode, highest, attached,
			sum[:12]))
	}
	return out, strings.Join(desc, "; ")
}

// hasVariants reports whether a clip has a randomised variant among its
// copies (-variants); -augment's equalised copies are not variants.
func hasVariants(clips []*clip) bool {
	for _, c := range clips {
		if slices.ContainsFunc(c.copies, func(cp *clip) bool { return cp.Variant > 0 }) {
			return true
		}
	}
	return false
}

// sameLabels reports whether a and b have the same labels, for the clip
// and for every second.
func sameLabels(a, b *clip) bool {
	return a.y == b.y && slices.Equal(a.ys, b.ys)
}

// withoutCopies runs f with every clip's copies detached (the model as
// shipped before the fifth pass, for a paired comparison).
func withoutCopies(clips []*clip, f func()) {
	saved := make([][]*clip, len(clips))
	for i, c := range clips {
		saved[i], c.copies = c.copies, nil
	}
	defer func() {
		for i, c := range clips {
			c.copies = saved[i]
		}
	}()
	f()
}

// compareWithoutVariants logs the model's per-label scores on the
// held-out clips and, paired on the same clips, its macro F1 against the
// model that the same selection fits without the variants (the model
// shipped before the fifth pass).
func compareWithoutVariants(model *net, train, test, testSeen []*clip, cands []config, seed uint64) {
	var plain *net
	withoutCopies(train, func() { plain, _, _ = selectAndFit(train, cands, seed) })
	logScores("with variants, held-out soundfont and pieces", evaluate(model, test))
	lo, hi := bootstrapInterval(model, test)
	log.Printf("with variants, held-out soundfont and pieces: 90 %% bootstrap interval %.3f–%.3f", lo, hi)
	for _, set := range []struct {
		name  string
		clips []*clip
	}{{"held-out soundfont and pieces", test}, {"held-out pieces, training soundfonts", testSeen}} {
		d, lo, hi, wins := pairedBootstrap(model, plain, set.clips)
		log.Printf("PAIRED %s: with variants %.3f, without %.3f; difference %.3f, 90 %% interval %.3f to %.3f, ahead in %.0f %% of draws",
			set.name, evaluate(model, set.clips).macroF1, evaluate(plain, set.clips).macroF1, d, lo, hi, 100*wins)
	}
}

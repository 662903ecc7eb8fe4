package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSameLabels: a variant has its base clip's labels only when the
// clip's labels and every second's are equal; a variant whose one second
// lost its piano differs, though it has as many seconds.
func TestSameLabels(t *testing.T) {
	const piano = 0
	base := &clip{ys: make([][len(clip{}.y)]float64, 3)}
	base.y[piano] = 1
	for k := range base.ys {
		base.ys[k][piano] = 1
	}
	same := &clip{y: base.y, ys: append(base.ys[:0:0], base.ys...)}
	if !sameLabels(same, base) {
		t.Error("a copy of the base clip's labels differs")
	}
	oneSecond := &clip{y: base.y, ys: append(base.ys[:0:0], base.ys...)}
	oneSecond.ys[1][piano] = 0
	if sameLabels(oneSecond, base) {
		t.Error("a variant whose second second lost its piano has the base clip's labels")
	}
	shorter := &clip{y: base.y, ys: base.ys[:2]}
	if sameLabels(shorter, base) {
		t.Error("a variant with fewer seconds has the base clip's labels")
	}
}

// TestLoadVariantsSaysWhichWereRendered: asked for more variants per clip
// than the manifest holds (full:4 where only 1 and 2 were rendered), the
// description that goes into the model's data version names the variants
// attached, 1–2, not the number asked for.
func TestLoadVariantsSaysWhichWereRendered(t *testing.T) {
	dir := t.TempDir()
	var lines []string
	for k := 1; k <= 2; k++ {
		lines = append(lines, fmt.Sprintf(`{"id":"a#full%d","base":"a","variant":%d,"split":"train-var","coverage":{},"seconds":[]}`, k, k))
	}
	if err := os.WriteFile(filepath.Join(dir, "manifest-full.jsonl"), []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	base := &clip{ID: "a", Split: "train"}
	vs, desc := loadVariants([]*clip{base}, dir, "full:4")
	if len(vs) != 2 || len(base.copies) != 2 {
		t.Fatalf("%d variants attached, %d copies", len(vs), len(base.copies))
	}
	if !strings.HasPrefix(desc, "full variants 1–2 (2 clips") {
		t.Errorf("description %q, want full variants 1–2", desc)
	}
}

// TestHasVariants: -rotate compares with and without variants only when
// -variants attached some; -augment's equalised copies are copies too,
// but not variants.
func TestHasVariants(t *testing.T) {
	equalised := &clip{ID: "a", copies: []*clip{{ID: "a#eq1", aug: 1}}}
	if hasVariants([]*clip{equalised, {ID: "b"}}) {
		t.Error("equalised copies are taken for variants")
	}
	varied := &clip{ID: "c", copies: []*clip{{ID: "c#full1", BaseID: "c", Variant: 1}}}
	if !hasVariants([]*clip{equalised, varied}) {
		t.Error("a variant is not found")
	}
}

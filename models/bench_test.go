package models

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// BenchmarkTemplateNotes measures template notes; notes/min is reported.
func BenchmarkTemplateNotes(b *testing.B) {
	tracks := make([]TrackFacts, 1000)
	for i := range tracks {
		tracks[i] = sampleTrack(i)
	}
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		_ = TemplateNote(tracks[i%len(tracks)])
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Minutes(), "notes/min")
}

// BenchmarkDescribeFakeServer measures model notes against the in-process
// fake Ollama (HTTP, JSON, validation and checking; no inference).
func BenchmarkDescribeFakeServer(b *testing.B) {
	f := newFakeOllama(b)
	c := f.client(b, nil)
	d := NewDescriber(c, DescriberConfig{Concurrency: 4})
	tracks := make([]TrackFacts, b.N)
	for i := range tracks {
		tracks[i] = sampleTrack(i)
		tracks[i].Title += " " + time.Duration(i).String() // distinct keys
	}
	b.ResetTimer()
	start := time.Now()
	if err := d.DescribeAll(context.Background(), tracks, func(int, Note) {}); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Minutes(), "notes/min")
}

// BenchmarkParseRules measures the rule parser on a combined request.
func BenchmarkParseRules(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_ = ParseRules("10 romantic songs for a dinner party, like Sade, nothing by Kenny G, not too fast")
	}
}

// BenchmarkParseRulesWithLexicon reads a request against a library of
// 100,000 titles and 10,000 artists (names resolved by folding and fuzzy
// matching).
func BenchmarkParseRulesWithLexicon(b *testing.B) {
	var artists, titles, genres []string
	for i := range 100000 {
		titles = append(titles, fmt.Sprintf("Song Number %d of the Night", i))
		if i%10 == 0 {
			artists = append(artists, fmt.Sprintf("Artist %d Project", i))
		}
		if i%2000 == 0 {
			genres = append(genres, fmt.Sprintf("style %d", i))
		}
	}
	lex := NewLexicon(artists, titles, nil, genres)
	ParseRulesWith("warm up", lex) // fold the names once
	b.ReportAllocs()
	for b.Loop() {
		ParseRulesWith("bluesy, jazzy grooves like careless love but calmer, nothing by Artist 10", lex)
	}
}

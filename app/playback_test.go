package app

import (
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sleeve/library"
	"sleeve/library/analysis"
	"sleeve/library/player"
	"sleeve/library/player/playertest"
	"sleeve/library/synth"
)

// toneStore writes tones (mono WAV, 10 s each) to a folder, scans and
// analyses it into a real store, and returns the tracks by file name.
func toneStore(t *testing.T, tones map[string][2]float64) map[string]library.Track {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	for name, ft := range tones {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := synth.WriteWAV(f, synth.Sine(ft[0], 10, 44100, ft[1]), 44100, 1); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	s, err := library.Open(ctx, filepath.Join(t.TempDir(), "db.sqlite"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := Ingest(ctx, s, []string{dir}, library.IngestOptions{}); err != nil {
		t.Fatal(err)
	}
	out := map[string]library.Track{}
	for tr, err := range s.Tracks(ctx, library.Filter{}) {
		if err != nil {
			t.Fatal(err)
		}
		if tr.Features == nil {
			t.Fatalf("%s was not analysed", tr.Path)
		}
		out[filepath.Base(tr.Path)] = tr
	}
	return out
}

// playedRMS plays item whole through a capturing null output and returns
// the RMS level, in dBFS, of its middle (the fades left out).
func playedRMS(t *testing.T, item player.Item) float64 {
	t.Helper()
	out := player.NewNullOutput(44100, player.NullOptions{Capture: true})
	p := player.New(out, player.Options{})
	defer p.Close()
	ctx := context.Background()
	if err := p.Play(ctx, item); err != nil {
		t.Fatal(err)
	}
	if err := p.Wait(ctx); err != nil {
		t.Fatal(err)
	}
	s := out.Samples()
	if len(s) < 44100*8 {
		t.Fatalf("played %d frames, want 10 s", len(s))
	}
	var sum float64
	mid := s[44100 : len(s)-44100]
	for _, f := range mid {
		sum += f[0] * f[0]
	}
	return 10 * math.Log10(sum/float64(len(mid)))
}

// TestLevellingEvensLoudness plays two tones 20 dB apart, analysed by the
// real analyser into a real store, through the player with levelling:
// they come out at the same RMS (within 0.5 dB), at about the target, and
// without levelling they keep their 20 dB difference.
func TestLevellingEvensLoudness(t *testing.T) {
	tracks := toneStore(t, map[string][2]float64{"loud.wav": {440, 0.6}, "quiet.wav": {660, 0.06}})
	loud, quiet := tracks["loud.wav"], tracks["quiet.wav"]
	t.Logf("measured: loud %.1f LUFS (PLR %.1f), quiet %.1f LUFS (PLR %.1f)", loud.Features.LoudnessLUFS,
		loud.Features.DynamicRange, quiet.Features.LoudnessLUFS, quiet.Features.DynamicRange)

	on := Levelling{On: true, TargetLUFS: -18}
	l, q := playedRMS(t, PlayItem(loud, false, on)), playedRMS(t, PlayItem(quiet, false, on))
	t.Logf("levelled: loud %.2f dBFS RMS, quiet %.2f dBFS RMS", l, q)
	if math.Abs(l-q) > 0.5 {
		t.Errorf("levelled tones differ by %.2f dB RMS, want within 0.5 dB", l-q)
	}
	// A sine's RMS is 3 dB under its peak, and its LUFS about 0.7 dB
	// under its RMS, so a tone levelled to -18 LUFS has an RMS near -17.3.
	if l < -19 || l > -16 {
		t.Errorf("levelled RMS %.2f dBFS, want near -17.3 (the target)", l)
	}

	off := Levelling{}
	l, q = playedRMS(t, PlayItem(loud, false, off)), playedRMS(t, PlayItem(quiet, false, off))
	if d := l - q; math.Abs(d-20) > 0.5 {
		t.Errorf("without levelling the tones differ by %.2f dB, want their 20 dB", d)
	}
}

// TestLevellingDoesNotClip: a quiet track with a high peak is turned up
// only as far as the peak allows.
func TestLevellingDoesNotClip(t *testing.T) {
	tr := library.Track{Features: &library.Features{Features: analysis.Features{LoudnessLUFS: -30, DynamicRange: 27}}} // peak at -3 dBFS
	g := 20 * math.Log10(Levelling{On: true}.Gain(tr))
	if math.Abs(g-2) > 1e-9 {
		t.Errorf("gain %.2f dB, want 2 dB (peak -3 dBFS raised to the -1 dBFS ceiling)", g)
	}
	if g := (Levelling{On: true}).Gain(library.Track{}); g != 1 {
		t.Errorf("an unanalysed track gets gain %v, want 1", g)
	}
}

// TestPlaybackQueue queues analysed tracks through Playback and follows
// NowPlaying as the queue plays: titles and artists come from the
// library, the queue advances, and a whole-track play heard to the end
// is stored as a full play. The test pulls the audio itself
// (playertest.Output): nothing plays between PlayQueue and Next, so the
// first track is a skip and the queue has not moved on by itself, whatever
// the load.
func TestPlaybackQueue(t *testing.T) {
	s := demoStore(t, 2)
	ctx := context.Background()
	tracks := allTracks(t, s)
	out := &playertest.Output{Rate: 44100}
	p := player.New(out, player.Options{})
	recorded := make(chan struct{})
	go func() {
		defer close(recorded)
		RecordPlays(s, p, nil, nil)
	}()
	pb := NewPlayback(p, Levelling{On: true})
	if err := pb.PlayQueue(ctx, tracks, 0); err != nil {
		t.Fatal(err)
	}
	np := pb.NowPlaying()
	if !np.Playing || np.Track.Title != tracks[0].Tags.Title || np.Track.Artist == "" || np.Index != 0 || len(np.Queue) != 2 {
		t.Fatalf("now playing %+v", np)
	}
	if v := pb.AdjustVolume(-0.1); v != 0.9 {
		t.Errorf("volume down from 1: %v, want 0.9", v)
	}
	if err := pb.Next(); err != nil {
		t.Fatal(err)
	}
	if np := pb.NowPlaying(); np.Track.Title != tracks[1].Tags.Title || np.Index != 1 {
		t.Errorf("after next: %q at %d", np.Track.Title, np.Index)
	}
	if err := pb.Next(); !errors.Is(err, player.ErrQueueEnd) {
		t.Errorf("next at the end: %v", err)
	}
	// The first track's fade and the last track to its end.
	out.Drain()
	wctx, cancel := context.WithTimeout(ctx, deadlockGuard)
	defer cancel()
	if err := p.Wait(wctx); err != nil {
		t.Fatal(err)
	}
	if np := pb.NowPlaying(); np.Playing || np.Index != 1 || np.Duration != tracks[1].Duration || np.Track.Title != tracks[1].Tags.Title {
		t.Errorf("after the queue played out: %+v, want stopped at the last track, with its length", np)
	}
	p.Close()
	<-recorded
	fb, err := s.Feedback(ctx)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]library.TrackID{}
	for _, f := range fb {
		kinds[f.Kind] = f.TrackID
	}
	if kinds["skip"] != tracks[0].ID || kinds["play"] != tracks[1].ID {
		t.Errorf("feedback %+v: want a skip of the first track and a full play of the second", fb)
	}
}

// TestPlaybackReportsAFailedTrack: a track of the queue whose file has
// gone is passed over, and NowPlaying names it with the reason.
func TestPlaybackReportsAFailedTrack(t *testing.T) {
	s := demoStore(t, 1)
	ctx := context.Background()
	tracks := allTracks(t, s)
	gone := library.Track{ID: 999, Path: filepath.Join(t.TempDir(), "gone.flac"), Tags: library.Tags{Title: "Gone Song"}}
	p := player.New(player.NewNullOutput(44100, player.NullOptions{}), player.Options{})
	defer p.Close()
	pb := NewPlayback(p, Levelling{On: true})
	if err := pb.PlayQueue(ctx, []library.Track{tracks[0], gone, tracks[0]}, 0); err != nil {
		t.Fatal(err)
	}
	wctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if err := p.Wait(wctx); err != nil {
		t.Fatal(err)
	}
	np := pb.NowPlaying()
	if np.Failures != 1 || !strings.HasPrefix(np.LastFailure, "could not play Gone Song: ") || np.Index != 2 {
		t.Errorf("after the queue: %d failures, %q, at %d; want Gone Song passed over and the queue at its end",
			np.Failures, np.LastFailure, np.Index)
	}
}

// Package player plays tracks and preview windows of them, and reports
// each play as feedback (skip, interest or neutral) through events.
//
// A Player decodes with the pure Go decoders where library/decode does
// (MP3, FLAC, Ogg Vorbis, WAV, AIFF, Ogg Opus), but in stereo at the
// file's own rate, and pipes everything else (AAC, ALAC, WMA, Ogg FLAC)
// through ffmpeg as stereo float PCM at the output's rate. Mono is played
// on both channels; other rates go through beep's resampler. Every start,
// end, pause, seek and stop fades along a short raised cosine, so nothing
// clicks.
//
// Seeking clamps to the start of the track and to where playback stops.
// A preview may seek back before its window (to hear the intro), but it
// always stops at the end of its window, so seeking to (or past) that end
// finishes it. Heard time counts only audio actually played, which is
// what FeedbackRules.Classify judges.
//
// Output is the seam to the sound device. NullOutput plays without one,
// for tests and headless use; the cgo package library/player/speaker is
// the sound card. This package itself needs no cgo.
//
// A typical command-line use:
//
//	out, err := speaker.New() // "no sound output: ALSA: …" without a card
//	if err != nil {
//		return err
//	}
//	p := player.New(out, player.Options{})
//	defer p.Close()
//	if err := p.Play(ctx, player.Item{Path: path, Start: start, Length: 30 * time.Second}); err != nil {
//		return err
//	}
//	return p.Wait(ctx)
package player

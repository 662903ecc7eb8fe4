// Package analysis measures musical features of decoded audio: tempo, key,
// loudness, loudness range, brightness, noisiness, busy-ness, pulse clarity,
// a timbre vector for similarity search and a preview (hook) window.
//
// Everything is a pure function of mono float32 samples in [-1, 1] at a
// given sample rate (22050 Hz is expected; any rate of at least 8000 Hz
// works). Analyze takes a whole track, AnalyzeExcerpts takes a few excerpts
// of a long track (for example three 30 s windows), and Analyzer takes the
// audio in chunks as a decoder produces it.
//
// # Signal path
//
// The audio is read once, in a single pass:
//
//   - A K-weighting filter (ITU-R BS.1770-4) feeds 100 ms energy sub-blocks,
//     from which integrated loudness (400 ms blocks, 75 % overlap, absolute
//     and relative gates), loudness range (EBU Tech 3342, 3 s windows) and
//     the per-second loudness used by the preview are computed.
//   - A short STFT (about 46 ms Hann window, 23 ms hop; 1024/512 at
//     22050 Hz) gives a 40-band mel spectrum per frame. From it come MFCCs
//     (Davis & Mermelstein 1980), the multi-band onset strength envelope
//     (log-compressed spectral flux, as in Böck & Widmer 2013 and librosa)
//     used for tempo and onset rate, and the spectral centroid, 85 % roll-off
//     and flatness (Dubnov 2004; MPEG-7 ASF).
//   - A long STFT (about 186 ms Hann window and hop; 4096/4096 at
//     22050 Hz) gives spectral peaks with parabolic interpolation, from which a
//     36-bin harmonic pitch class profile (HPCP, Gómez 2006) of the
//     stationary part of the spectrum is built, plus a global tuning
//     estimate.
//
// Two window lengths are used instead of one because each is better at its
// job, and together they cost less than one 2048/512 STFT (about 0.26 s
// against 0.31 s of FFT per 4 minutes here): rhythm wants fine time
// resolution and pitch wants fine frequency resolution (at 22050 Hz a
// 4096-point frame resolves 5.4 Hz, enough to tell bass notes apart).
// All spectral features are computed below 11025 Hz, so audio given at 44100
// Hz gives the same features as the same audio at 22050 Hz.
//
// # Memory
//
// The analyser keeps O(1) state per frame plus a few numbers per frame
// (four onset-envelope bands: 16 bytes per 23 ms), per 100 ms (a loudness
// block) and per second (about 30 floats for the preview): about 1 KB per
// second, 0.25 MB for a 4-minute track beyond the caller's samples. The
// streaming Analyzer never holds the audio.
//
// # Excerpts
//
// Tempo pools the onset autocorrelations of all excerpts, key pools their
// pitch class profiles, loudness pools the 400 ms gating blocks (and LRA the
// 3 s short-term values) of all excerpts, so three 30 s excerpts of a long
// track give estimates close to the whole track's. The preview window is
// chosen inside one excerpt and reported in the track's time.
package analysis

// Command sleeve-tsv runs Sleeve's analyser on audio files and prints one
// row per file in the result TSV format of ../shared/peers/README.md (path,
// bpm, key, seconds, cpu_s, duration_s, confidence_bpm, confidence_key and
// more), so that compare.py can score Sleeve next to its peers. The
// confidences are not named bpm_confidence and key_confidence because
// compare.py scores every bpm_<v> and key_<v> column as a variant system.
//
// Each file goes through the code path of `sleeve scan` and `sleeve
// analyze`: TagLib reads the format and duration as the scanner does, and
// library.Analyzer.Measure decodes it with library/decode (same decoder
// choice and excerpt plan) and measures it with library/analysis. Files are
// done one after another so that the CPU time of each (this process and its
// ffmpeg children) can be told apart.
//
//	go run ./scripts/corpus/sleeve-tsv [-truth TRUTH.tsv -root DIR] FILE... > sleeve.tsv
//	go run ./scripts/corpus/sleeve-tsv -files-from LIST > sleeve.tsv
//
// With -truth, a confidence-calibration summary goes to stderr: among the
// files with a tempo confidence of at least -min-confidence, the share whose
// tempo is within 4 % of the truth.
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"sleeve/library"
	"sleeve/library/analysis"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("sleeve-tsv", flag.ContinueOnError)
	fs.SetOutput(stderr)
	filesFrom := fs.String("files-from", "", "read the files to analyse from this list, one path a line")
	truthPath := fs.String("truth", "", "truth TSV: print the confidence calibration against it to stderr")
	root := fs.String("root", "", "directory the truth's paths are relative to (default: match by path suffix)")
	minConf := fs.Float64("min-confidence", 0.7, "tempo confidence threshold of the calibration summary")
	noFFmpeg := fs.Bool("no-ffmpeg", false, "decode in pure Go only, as `sleeve analyze --no-ffmpeg`")
	quiet := fs.Bool("q", false, "no progress on stderr")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	files := fs.Args()
	if *filesFrom != "" {
		list, err := readList(*filesFrom)
		if err != nil {
			fmt.Fprintln(stderr, "sleeve-tsv:", err)
			return 1
		}
		files = append(files, list...)
	}
	if len(files) == 0 {
		fmt.Fprintln(stderr, "sleeve-tsv: no files given (FILE... or -files-from LIST)")
		return 2
	}
	var progress io.Writer
	if !*quiet {
		progress = stderr
	}
	w := bufio.NewWriter(stdout)
	rows, err := analyseFiles(ctx, files, library.AnalyzeOptions{NoFFmpeg: *noFFmpeg}, w, progress)
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintln(stderr, "sleeve-tsv:", err)
		return 1
	}
	if *truthPath != "" {
		truth, err := readTruth(*truthPath)
		if err != nil {
			fmt.Fprintln(stderr, "sleeve-tsv:", err)
			return 1
		}
		fmt.Fprintln(stderr, calibrate(rows, truth, *root, *minConf))
	}
	return 0
}

// readList reads one path a line, skipping blank lines.
func readList(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimRight(line, "\r"); strings.TrimSpace(line) != "" {
			out = append(out, line)
		}
	}
	return out, nil
}

// Row is Sleeve's result for one file.
type Row struct {
	Path     string
	Features analysis.Features
	// Seconds is wall time and CPU the user and system CPU time of this
	// process and its children (ffmpeg) spent on the file, tag reading,
	// decoding and analysis included.
	Seconds, CPU float64
	// Duration is the audio's length as TagLib reports it.
	Duration time.Duration
	Err      error
}

// Columns of the result TSV, in order.
var columns = []string{"path", "bpm", "key", "seconds", "cpu_s", "duration_s", "confidence_bpm",
	"confidence_key", "energy", "brightness", "loudness_lufs", "pulse_clarity", "onset_rate", "error"}

// analyseFiles measures every file in turn with the analyser's own Measure
// and writes the TSV (header first) to w, and one progress line per file to
// progress when it is not nil. It stops early only when ctx is cancelled.
func analyseFiles(ctx context.Context, files []string, opt library.AnalyzeOptions, w io.Writer, progress io.Writer) ([]Row, error) {
	// The analyser measures through Measure alone; it needs no store.
	analyzer := library.NewAnalyzer(nil, opt)
	tags := library.TaglibReader{}
	// TagLib's WebAssembly module compiles on first use (about 0.3 s), a
	// cost paid once per run rather than per file: pay it before timing.
	_, _ = tags.ReadFile(files[0])
	if _, err := fmt.Fprintln(w, strings.Join(columns, "\t")); err != nil {
		return nil, err
	}
	rows := make([]Row, 0, len(files))
	for i, path := range files {
		if err := ctx.Err(); err != nil {
			return rows, err
		}
		row := measureOne(ctx, analyzer, tags, path)
		rows = append(rows, row)
		if _, err := fmt.Fprintln(w, formatRow(row)); err != nil {
			return rows, err
		}
		if progress != nil {
			status := fmt.Sprintf("%.1f BPM (%.2f), %s", row.Features.BPM, row.Features.BPMConfidence, row.Features.Key)
			if row.Err != nil {
				status = "error: " + row.Err.Error()
			}
			fmt.Fprintf(progress, "[%d/%d] %s: %s, %.2f s CPU\n", i+1, len(files), path, status, row.CPU)
		}
	}
	return rows, nil
}

// measureOne reads the file's tags as the scanner does and measures it as
// the analyser does, timing both.
func measureOne(ctx context.Context, analyzer *library.Analyzer, tags library.TagReader, path string) (row Row) {
	row.Path = path
	startWall, startCPU := time.Now(), cpuSeconds()
	defer func() {
		row.Seconds = time.Since(startWall).Seconds()
		row.CPU = cpuSeconds() - startCPU
	}()
	fi, err := tags.ReadFile(path)
	if err != nil {
		row.Err = err
		return row
	}
	row.Duration = fi.Duration
	track := library.Track{Path: path, Format: fi.Format, Codec: fi.Codec, Duration: fi.Duration,
		SampleRate: fi.SampleRate, Channels: fi.Channels}
	row.Features, row.Err = analyzer.Measure(ctx, track)
	return row
}

// cpuSeconds is the user plus system CPU time of this process and of its
// children that have been waited for (ffmpeg decoders).
func cpuSeconds() float64 {
	var self, children syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &self)
	_ = syscall.Getrusage(syscall.RUSAGE_CHILDREN, &children)
	tv := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
	return tv(self.Utime) + tv(self.Stime) + tv(children.Utime) + tv(children.Stime)
}

// formatRow formats one TSV row in the order of columns.
func formatRow(r Row) string {
	f := r.Features
	num := func(v float64, prec int) string { return fmt.Sprintf("%.*f", prec, v) }
	cells := []string{clean(r.Path), "", "", num(r.Seconds, 4), num(r.CPU, 4), "", "", "", "", "", "", "", "", ""}
	if r.Duration > 0 {
		cells[5] = num(r.Duration.Seconds(), 3)
	}
	if r.Err != nil {
		cells[13] = clean(r.Err.Error())
		return strings.Join(cells, "\t")
	}
	if f.BPM > 0 {
		cells[1] = num(f.BPM, 2)
	}
	cells[2] = f.Key
	cells[6] = num(f.BPMConfidence, 3)
	cells[7] = num(f.KeyConfidence, 3)
	cells[8] = num(f.Energy, 3)
	cells[9] = num(f.Brightness, 3)
	cells[10] = num(f.LoudnessLUFS, 2)
	cells[11] = num(f.PulseClarity, 3)
	cells[12] = num(f.OnsetRate, 3)
	return strings.Join(cells, "\t")
}

// clean keeps a cell on one line and in one column.
func clean(s string) string {
	return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
}

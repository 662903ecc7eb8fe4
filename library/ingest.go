package library

import "context"

// IngestOptions say how Ingest scans and analyses.
type IngestOptions struct {
	Scan ScanOptions
	// Analyze is used for the analysis after the scan; its Roots are set
	// to the folders scanned.
	Analyze AnalyzeOptions
	// ScanOnly reads tags only, with no analysis.
	ScanOnly bool
	// OnScanned, if set, is called between the scan and the analysis.
	OnScanned func(ScanResult)
}

// IngestResult is what a scan and the analysis after it did.
type IngestResult struct {
	Scan ScanResult
	// Analysis is nil when none ran: ScanOnly, or the scan was
	// interrupted or failed.
	Analysis *AnalyzeResult
}

// Interrupted reports whether the scan or the analysis was cancelled.
func (r IngestResult) Interrupted() bool {
	return r.Scan.Interrupted || (r.Analysis != nil && r.Analysis.Interrupted)
}

// Ingest scans the folders into the store, then analyses the tracks under
// them that need it: what `sleeve scan` and the explorer's scan both do.
// An interrupted scan is not followed by an analysis.
func Ingest(ctx context.Context, store *Store, tags TagReader, roots []string, opt IngestOptions) (IngestResult, error) {
	var res IngestResult
	// The lock is held from the walk to the last measurement, so that a
	// second scan or analysis of the library does not measure the same
	// tracks again beside this one.
	unlock, err := store.lockScan()
	if err != nil {
		return res, err
	}
	defer unlock()
	scanner := NewScanner(store, tags, opt.Scan)
	scanner.locked = true
	res.Scan, err = scanner.Scan(ctx, roots)
	if err != nil || res.Scan.Interrupted || opt.ScanOnly {
		return res, err
	}
	if opt.OnScanned != nil {
		opt.OnScanned(res.Scan)
	}
	aopt := opt.Analyze
	aopt.Roots = res.Scan.Roots
	analyzer := NewAnalyzer(store, aopt)
	analyzer.locked = true
	a, err := analyzer.Run(ctx)
	if err != nil {
		return res, err
	}
	res.Analysis = &a
	return res, nil
}

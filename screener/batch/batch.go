package batch

import (
	"context"
	"fmt"
	"runtime"
	"time"

	"github.com/jobscreen/jobscreen/internal/ordered"
	"github.com/jobscreen/jobscreen/screener"
	"github.com/jobscreen/jobscreen/screener/feed"
)

// Result is the outcome for one item, in input order.
type Result struct {
	// Seq is the item's 0-based position in the input.
	Seq  int
	Item feed.Item
	// Report is the screening report; zero when Err is set.
	Report screener.Report
	// Err is why the item could not be read or screened.
	Err error
	// RepostOf lists the ids of earlier listings in the batch with the same
	// advert text (at most 10).
	RepostOf []string

	fp uint64 // fingerprint of the advert text, computed by the worker
}

// Summary counts a finished (or stopped) batch.
type Summary struct {
	Total   int // results emitted
	ByBand  map[screener.Band]int
	Errors  int // results with Err set
	Reposts int // results with RepostOf set
	Elapsed time.Duration
}

// Runner holds the knobs of a batch; the zero value is ready to use.
type Runner struct {
	// Workers screen in parallel; 0 means runtime.NumCPU().
	Workers int
	// Window bounds the items in flight; 0 means 16 per worker. A slow item
	// holds back emission of at most Window-1 later ones; with fewer, one
	// advert a few times slower than most (long ones take ten times the
	// median) filled the window and left the other workers idle.
	Window int
	// MaxFingerprints bounds the repost index (default 100,000 adverts,
	// a few MB); adverts beyond it are still checked but not remembered.
	MaxFingerprints int
	// Progress, when set, is called at most ten times a second and once at
	// the end, from the goroutine that called Run. total is -1 when the
	// input's size is unknown (standard input).
	Progress func(done, total int, elapsed time.Duration)

	// seen remembers fingerprints across Run calls, so a Runner used for
	// several inputs of one batch finds reposts across them too.
	seen *repostIndex
}

// Run screens every item of r with workers goroutines (0: one per CPU) and
// calls emit with each Result in input order. See Runner.Run.
func Run(ctx context.Context, s *screener.Screener, r *feed.Reader, workers int, emit func(Result) error) (Summary, error) {
	return (&Runner{Workers: workers}).Run(ctx, s, r, emit)
}

// Run screens every item of r and calls emit with each Result in input
// order. Adverts seen by earlier Run calls of the same Runner count when
// finding reposts. Items that cannot be read or screened are emitted with Err set and
// counted, never fatal. Run stops early when ctx is cancelled (returning
// ctx.Err()) or when emit returns an error (returning it); the Summary
// counts what was emitted. r is the caller's again once Run returns.
func (rn *Runner) Run(ctx context.Context, s *screener.Screener, r *feed.Reader, emit func(Result) error) (Summary, error) {
	workers := rn.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	window := rn.Window
	if window <= 0 {
		window = 16 * workers
	}
	total := -1
	if rn.Progress != nil {
		total = r.Total()
	}
	c := newCollector(rn, s, total, emit)
	err := ordered.Map(ctx, workers, window, r.Next, func(ctx context.Context, it feed.Item) Result {
		return screenOne(ctx, s, it)
	}, c.emitOne)
	c.finish()
	return c.sum, err
}

// screenOne is a worker's share of an item: the screen and the fingerprint
// of its text. Seq and reposts are settled in order, by the collector.
func screenOne(ctx context.Context, s *screener.Screener, it feed.Item) Result {
	res := Result{Item: it}
	if it.Err != nil {
		res.Err = it.Err
		return res
	}
	rep, err := s.Screen(ctx, it.Listing)
	if err != nil {
		res.Err = fmt.Errorf("%s: %w", it.Source, err)
		return res
	}
	res.Report = rep
	res.fp = Fingerprint(it.Listing)
	return res
}

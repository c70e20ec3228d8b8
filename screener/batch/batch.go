package batch

import (
	"context"
	"fmt"
	"runtime"
	"time"

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

// job is one item handed to a worker.
type job struct {
	seq  int
	item feed.Item
}

// Run screens every item of r and calls emit with each Result in input
// order. Adverts seen by earlier Run calls of the same Runner count when
// finding reposts. Items that cannot be read or screened are emitted with Err set and
// counted, never fatal. Run stops early when ctx is cancelled (returning
// ctx.Err()) or when emit returns an error (returning it); the Summary
// counts what was emitted.
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
	inner, cancel := context.WithCancel(ctx)
	defer cancel()
	// slots bound the items in flight; jobs and results can hold all of
	// them, so the reader runs ahead whenever it gets a turn, a worker never
	// blocks on sending, and shutdown cannot deadlock.
	slots := make(chan struct{}, window)
	jobs := make(chan job, window)
	results := make(chan Result, window)
	readDone := make(chan struct{})
	go read(inner, r, slots, jobs, readDone)
	done := make(chan struct{})
	go func() {
		runWorkers(inner, s, workers, jobs, results)
		close(done)
	}()
	c := newCollector(rn, s, total, window, emit)
	err := c.collect(inner, results, slots)
	cancel()
	<-readDone // r is the caller's again only once the reader has stopped
	<-done
	if err == nil {
		err = ctx.Err()
	}
	c.finish()
	return c.sum, err
}

// read feeds items to the workers, taking a window slot for each.
func read(ctx context.Context, r *feed.Reader, slots chan struct{}, jobs chan<- job, done chan<- struct{}) {
	defer close(done)
	defer close(jobs)
	for seq := 0; ; seq++ {
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
			return
		}
		it, ok := r.Next()
		if !ok {
			return
		}
		select {
		case jobs <- job{seq, it}:
		case <-ctx.Done():
			return
		}
	}
}

// runWorkers screens jobs until they run out, then closes results.
func runWorkers(ctx context.Context, s *screener.Screener, n int, jobs <-chan job, results chan<- Result) {
	finished := make(chan struct{}, n)
	for range n {
		go func() {
			for j := range jobs {
				results <- screenOne(ctx, s, j)
			}
			finished <- struct{}{}
		}()
	}
	for range n {
		<-finished
	}
	close(results)
}

func screenOne(ctx context.Context, s *screener.Screener, j job) Result {
	res := Result{Seq: j.seq, Item: j.item}
	if j.item.Err != nil {
		res.Err = j.item.Err
		return res
	}
	rep, err := s.Screen(ctx, j.item.Listing)
	if err != nil {
		res.Err = fmt.Errorf("%s: %w", j.item.Source, err)
		return res
	}
	res.Report = rep
	res.fp = Fingerprint(j.item.Listing)
	return res
}

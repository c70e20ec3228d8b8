package batch

import (
	"context"
	"time"

	"github.com/jobscreen/jobscreen/screener"
)

// progressEvery spaces Progress calls: ten a second is smooth for a
// progress bar and costs nothing measurable.
const progressEvery = 100 * time.Millisecond

// collector puts results back in input order, marks reposts and emits.
type collector struct {
	rn       *Runner
	s        *screener.Screener
	total    int
	emit     func(Result) error
	pending  map[int]Result
	next     int
	reposts  *repostIndex
	sum      Summary
	start    time.Time
	lastProg time.Time
}

func newCollector(rn *Runner, s *screener.Screener, total int, emit func(Result) error) *collector {
	now := time.Now()
	return &collector{rn: rn, s: s, total: total, emit: emit, pending: map[int]Result{},
		reposts: rn.index(), sum: Summary{ByBand: map[screener.Band]int{}},
		start: now, lastProg: now}
}

// collect emits results as their turn comes, freeing a window slot for
// each, until the results end, ctx is cancelled or emit fails.
func (c *collector) collect(ctx context.Context, results <-chan Result, slots <-chan struct{}) error {
	for {
		select {
		case <-ctx.Done():
			return nil // Run reports the caller's ctx error
		case res, ok := <-results:
			if !ok {
				return nil
			}
			c.pending[res.Seq] = res
		}
		for {
			res, ok := c.pending[c.next]
			if !ok || ctx.Err() != nil {
				break
			}
			delete(c.pending, c.next)
			c.next++
			if err := c.emitOne(res); err != nil {
				return err
			}
			<-slots
		}
	}
}

func (c *collector) emitOne(res Result) error {
	if res.Err == nil && res.fp != 0 {
		if ids := c.reposts.add(res.fp, res.Report.ID); len(ids) > 0 {
			res.RepostOf = ids
			MarkRepost(&res.Report, c.s)
			c.sum.Reposts++
		}
	}
	if err := c.emit(res); err != nil {
		return err
	}
	c.sum.Total++
	if res.Err != nil {
		c.sum.Errors++
	} else {
		c.sum.ByBand[res.Report.Band]++
	}
	if c.rn.Progress != nil && time.Since(c.lastProg) >= progressEvery {
		c.lastProg = time.Now()
		c.rn.Progress(c.sum.Total, c.total, time.Since(c.start))
	}
	return nil
}

// finish stamps the elapsed time and gives the progress bar its last tick.
func (c *collector) finish() {
	c.sum.Elapsed = time.Since(c.start)
	if c.rn.Progress != nil {
		c.rn.Progress(c.sum.Total, c.total, c.sum.Elapsed)
	}
}

// index returns the Runner's repost index, created on first use.
func (rn *Runner) index() *repostIndex {
	if rn.seen == nil {
		rn.seen = newRepostIndex(rn.MaxFingerprints)
	}
	return rn.seen
}

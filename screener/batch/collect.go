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
	rn    *Runner
	s     *screener.Screener
	total int
	emit  func(Result) error
	// pending holds the results that arrived before their turn, result
	// seq at seq % len(pending): every item in flight is within one window
	// of next, so their places never collide.
	pending  []Result
	have     []bool
	next     int
	reposts  *repostIndex
	sum      Summary
	start    time.Time
	lastProg time.Time
}

func newCollector(rn *Runner, s *screener.Screener, total, window int, emit func(Result) error) *collector {
	now := time.Now()
	return &collector{rn: rn, s: s, total: total, emit: emit,
		pending: make([]Result, window), have: make([]bool, window),
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
			k := res.Seq % len(c.pending)
			c.pending[k], c.have[k] = res, true
		}
		for {
			k := c.next % len(c.pending)
			if !c.have[k] || ctx.Err() != nil {
				break
			}
			res := c.pending[k]
			c.pending[k], c.have[k] = Result{}, false // let the report go
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

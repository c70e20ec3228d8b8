package batch

import (
	"time"

	"github.com/jobscreen/jobscreen/screener"
)

// progressEvery spaces Progress calls: ten a second is smooth for a
// progress bar and costs nothing measurable.
const progressEvery = 100 * time.Millisecond

// collector takes the results in input order from the pool, numbers them,
// marks reposts, counts them and hands them on. It runs on the goroutine
// that called Run.
type collector struct {
	rn       *Runner
	s        *screener.Screener
	total    int
	emit     func(Result) error
	seq      int // of the next result
	reposts  *repostIndex
	sum      Summary
	start    time.Time
	lastProg time.Time
}

func newCollector(rn *Runner, s *screener.Screener, total int, emit func(Result) error) *collector {
	now := time.Now()
	return &collector{rn: rn, s: s, total: total, emit: emit,
		reposts: rn.index(), sum: Summary{ByBand: map[screener.Band]int{}},
		start: now, lastProg: now}
}

func (c *collector) emitOne(res Result) error {
	res.Seq = c.seq
	c.seq++
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

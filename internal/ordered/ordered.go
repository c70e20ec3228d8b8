package ordered

import (
	"context"
	"sync"
	"sync/atomic"
)

// Map reads items with next on one goroutine, calls work on each with up to
// workers goroutines, and calls emit with the outputs in the order next
// returned their inputs. At most window items are in flight at once — read
// but not yet emitted — so a slow item holds back the emission of at most
// window-1 later ones, and memory stays flat however long the stream.
// workers and window below 1 count as 1; workers beyond window would never
// have an item, so no more than window are started.
//
// next returns false at the end of the stream; it is never called again
// after that. work gets a context that is cancelled once Map is stopping, so
// long work can give up early; its output is then dropped. emit runs on the
// goroutine that called Map, never concurrently with itself. A panic in
// next or work is not recovered: like any goroutine's, it ends the program.
//
// Map stops reading and emitting as soon as ctx is cancelled or emit returns
// an error. It returns emit's error, else ctx.Err(), else nil; what was
// emitted stays emitted. It returns only after next, work and emit have all
// returned for the last time, so no goroutine outlives the call and the
// caller may reuse whatever next reads from.
func Map[In, Out any](ctx context.Context, workers, window int, next func() (In, bool),
	work func(context.Context, In) Out, emit func(Out) error) error {
	window = max(window, 1)
	workers = min(max(workers, 1), window)
	inner, cancel := context.WithCancel(ctx)
	defer cancel()
	// A slot is taken before each read and given back after each emit.
	// jobs and done can each hold every item in flight, so neither the
	// reader nor a worker ever blocks on a send, and stopping cannot
	// deadlock however the goroutines are scheduled.
	slots := make(chan struct{}, window)
	jobs := make(chan seqd[In], window)
	done := make(chan seqd[Out], window)
	var wg sync.WaitGroup
	wg.Go(func() { read(inner, next, slots, jobs) })
	var running atomic.Int32
	running.Store(int32(workers))
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				if inner.Err() == nil {
					done <- seqd[Out]{j.seq, work(inner, j.v)}
				}
			}
			if running.Add(-1) == 0 { // the last worker out ends the results
				close(done)
			}
		})
	}
	err := collect(inner, window, done, slots, emit)
	cancel()
	wg.Wait()
	if err == nil {
		err = ctx.Err()
	}
	return err
}

// seqd is a value with its 0-based position in the stream.
type seqd[T any] struct {
	seq int
	v   T
}

// read feeds the workers, taking a window slot before each item it reads.
func read[In any](ctx context.Context, next func() (In, bool), slots chan<- struct{}, jobs chan<- seqd[In]) {
	defer close(jobs)
	for seq := 0; ; seq++ {
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
			return
		}
		if ctx.Err() != nil { // both were ready and select chose the slot
			return
		}
		v, ok := next()
		if !ok {
			return
		}
		jobs <- seqd[In]{seq, v} // never blocks: a slot is held
	}
}

// collect emits outputs as their turn comes, giving back a window slot for
// each, until the outputs end, ctx is cancelled or emit fails. Outputs that
// arrive early wait in a ring at seq % window: every item in flight lies
// within one window of the next to emit, so their places never collide.
func collect[Out any](ctx context.Context, window int, done <-chan seqd[Out], slots <-chan struct{}, emit func(Out) error) error {
	ring, have := make([]Out, window), make([]bool, window)
	var zero Out
	for next := 0; ; {
		select {
		case <-ctx.Done():
			return nil // Map reports the caller's ctx error
		case d, ok := <-done:
			if !ok {
				return nil
			}
			ring[d.seq%window], have[d.seq%window] = d.v, true
		}
		for k := next % window; have[k] && ctx.Err() == nil; k = next % window {
			v := ring[k]
			ring[k], have[k] = zero, false // emitted outputs are not kept alive
			next++
			if err := emit(v); err != nil {
				return err
			}
			<-slots
		}
	}
}

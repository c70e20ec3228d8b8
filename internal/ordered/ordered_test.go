package ordered

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// counter is a next function over 0..n-1 that counts its calls.
type counter struct {
	n     int
	calls atomic.Int64
}

func (c *counter) next() (int, bool) {
	i := int(c.calls.Add(1)) - 1
	return i, i < c.n
}

// noLeak fails t if, after the test, more goroutines run than before it.
// Goroutines that have signalled they are done may take a moment to exit,
// so it waits a little for the count to settle, as goleak does.
func noLeak(t *testing.T) {
	before := runtime.NumGoroutine()
	t.Cleanup(func() {
		for range 500 {
			if runtime.NumGoroutine() <= before {
				return
			}
			time.Sleep(10 * time.Millisecond)
		}
		buf := make([]byte, 1<<16)
		t.Errorf("%d goroutines before, %d after:\n%s", before, runtime.NumGoroutine(), buf[:runtime.Stack(buf, true)])
	})
}

func TestOrderWithRandomWorkTimes(t *testing.T) {
	noLeak(t)
	for _, tc := range []struct{ workers, window, n int }{
		{1, 1, 50}, {1, 8, 50}, {4, 1, 50}, {3, 7, 300}, {8, 64, 500}, {16, 4, 200}, {4, 16, 0}, {4, 16, 1},
	} {
		t.Run(fmt.Sprintf("workers=%d,window=%d,n=%d", tc.workers, tc.window, tc.n), func(t *testing.T) {
			src := &counter{n: tc.n}
			var got []int
			err := Map(context.Background(), tc.workers, tc.window, src.next,
				func(_ context.Context, i int) string {
					time.Sleep(time.Duration(rand.IntN(200)) * time.Microsecond)
					return fmt.Sprint(i)
				},
				func(s string) error {
					if want := fmt.Sprint(len(got)); s != want {
						t.Fatalf("emitted %s at position %s", s, want)
					}
					got = append(got, len(got))
					return nil
				})
			if err != nil || len(got) != tc.n {
				t.Fatalf("err %v, %d of %d emitted", err, len(got), tc.n)
			}
			if c := src.calls.Load(); c != int64(tc.n)+1 {
				t.Errorf("next called %d times, want %d (once past the end)", c, tc.n+1)
			}
		})
	}
}

func TestCancelMidStream(t *testing.T) {
	noLeak(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	src := &counter{n: 1_000_000}
	var worked atomic.Int64
	emitted := 0
	err := Map(ctx, 4, 16, src.next,
		func(ctx context.Context, i int) int { worked.Add(1); return i },
		func(int) error {
			if emitted++; emitted == 10 {
				cancel()
			}
			return nil
		})
	if !errors.Is(err, context.Canceled) || emitted != 10 {
		t.Fatalf("err %v after %d emits; want context.Canceled after 10", err, emitted)
	}
	// Map has returned, so nothing it started may still read or work.
	calls, w := src.calls.Load(), worked.Load()
	time.Sleep(20 * time.Millisecond)
	if src.calls.Load() != calls || worked.Load() != w {
		t.Errorf("next or work ran after Map returned")
	}
	if calls > 10+16 {
		t.Errorf("next called %d times for 10 emits with a window of 16", calls)
	}
}

func TestCancelledBeforeStart(t *testing.T) {
	noLeak(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	src := &counter{n: 100}
	err := Map(ctx, 2, 4, src.next, func(_ context.Context, i int) int { return i },
		func(int) error { t.Error("emit called after cancellation"); return nil })
	if !errors.Is(err, context.Canceled) || src.calls.Load() != 0 {
		t.Errorf("err %v, next called %d times", err, src.calls.Load())
	}
}

// TestEmitErrorStops checks that a failed emit is the last, that Map
// returns its error, that work in flight is told to stop, and that Map
// returns only once nothing it started is still running.
func TestEmitErrorStops(t *testing.T) {
	noLeak(t)
	boom := errors.New("disk full")
	src := &counter{n: 1_000_000}
	var active atomic.Int64 // calls of next and work under way
	next := func() (int, bool) {
		active.Add(1)
		defer active.Add(-1)
		return src.next()
	}
	started := make(chan struct{}) // item 5 is being worked on
	var stuck atomic.Bool
	emitted := 0
	err := Map(context.Background(), 3, 12, next,
		func(ctx context.Context, i int) int {
			active.Add(1)
			defer active.Add(-1)
			if i == 5 {
				close(started)
			}
			if i >= 5 { // still in flight when emit 5 fails
				select {
				case <-ctx.Done():
					time.Sleep(time.Millisecond) // winding down takes a while
				case <-time.After(10 * time.Second):
					stuck.Store(true)
				}
			}
			return i
		},
		func(i int) error {
			if emitted++; emitted == 5 {
				<-started
				return boom
			}
			return nil
		})
	if n := active.Load(); n != 0 {
		t.Errorf("Map returned with %d calls of next or work still running", n)
	}
	if !errors.Is(err, boom) || emitted != 5 {
		t.Fatalf("err %v after %d emits; want %v after 5", err, emitted, boom)
	}
	if stuck.Load() {
		t.Error("work in flight did not see its context cancelled")
	}
}

// TestWindowBoundsInFlight holds the first item back until the window is
// full, then checks that no more than window items were ever read ahead
// of the emitter.
func TestWindowBoundsInFlight(t *testing.T) {
	noLeak(t)
	const window, n = 8, 200
	var read, emitted, most atomic.Int64
	full := make(chan struct{})
	next := func() (int, bool) {
		i := int(read.Add(1)) - 1
		inFlight := read.Load() - emitted.Load()
		if inFlight > most.Load() {
			most.Store(inFlight) // only the reader goroutine stores
		}
		if inFlight == window && i < window {
			close(full)
		}
		return i, i < n
	}
	err := Map(context.Background(), 4, window, next,
		func(_ context.Context, i int) int {
			if i == 0 {
				select {
				case <-full:
				case <-time.After(10 * time.Second):
					t.Error("the window never filled while the first item was held")
				}
			}
			return i
		},
		func(int) error { emitted.Add(1); return nil })
	if err != nil || emitted.Load() != n {
		t.Fatalf("err %v, %d emitted", err, emitted.Load())
	}
	if m := most.Load(); m > window {
		t.Errorf("%d items in flight with a window of %d", m, window)
	}
}

// TestEmitOnCallerGoroutine pins that emit never runs concurrently with
// itself: it mutates a plain variable the race detector watches.
func TestEmitOnCallerGoroutine(t *testing.T) {
	noLeak(t)
	var sb strings.Builder
	src := &counter{n: 100}
	err := Map(context.Background(), 8, 8, src.next,
		func(_ context.Context, i int) byte { return byte('a' + i%26) },
		func(b byte) error { return sb.WriteByte(b) })
	if err != nil || sb.Len() != 100 || sb.String()[:3] != "abc" {
		t.Fatalf("err %v, emitted %q", err, sb.String())
	}
}

// BenchmarkMap measures what the pool itself costs per item, with work
// that does nothing.
func BenchmarkMap(b *testing.B) {
	for _, workers := range []int{1, 2, 8} {
		b.Run(fmt.Sprint("workers=", workers), func(b *testing.B) {
			src := &counter{n: b.N}
			b.ResetTimer()
			err := Map(context.Background(), workers, 16*workers, src.next,
				func(_ context.Context, i int) int { return i }, func(int) error { return nil })
			if err != nil {
				b.Fatal(err)
			}
		})
	}
}

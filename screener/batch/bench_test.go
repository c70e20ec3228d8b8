package batch

import (
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"runtime/metrics"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jobscreen/jobscreen/screener/feed"
)

const emscadPath = "../../../shared/data/emscad-dev.csv"

// BenchmarkBatchEMSCAD screens the EMSCAD development split repeated to
// about 25,000 rows (ids made unique), the size of a career office's
// yearly export, and reports throughput and the peak heap in use.
func BenchmarkBatchEMSCAD(b *testing.B) {
	if _, err := os.Stat(emscadPath); err != nil {
		b.Skipf("EMSCAD data not present (%v); skipping", err)
	}
	path := repeatCSV(b, emscadPath, 25_000)
	s := newScreener(b)
	var peak atomic.Uint64
	stop := sampleHeap(&peak)
	defer stop()
	b.ResetTimer()
	rows := 0
	for b.Loop() {
		r, err := feed.Open(context.Background(), path, feed.Options{LabelColumn: "fraudulent"})
		if err != nil {
			b.Fatal(err)
		}
		sum, err := Run(context.Background(), s, r, 0, func(Result) error { return nil })
		if err != nil {
			b.Fatal(err)
		}
		r.Close()
		rows += sum.Total
	}
	b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "ads/s")
	b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MB")
}

// sampleHeap records the largest heap in use (MemStats.HeapInuse: spans
// holding objects, live or not yet swept, plus their unused room) seen every
// 20ms until stopped. It reads runtime/metrics, not runtime.ReadMemStats:
// that stops the world, and fifty times a second it preempted the workers
// enough to cost several percent of the run (runtime.asyncPreempt was 9% of
// the CPU profile; 2.6% with one sample a second).
func sampleHeap(peak *atomic.Uint64) (stop func()) {
	done := make(chan struct{})
	go func() {
		ms := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/memory/classes/heap/unused:bytes"}}
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(ms)
			if inuse := ms[0].Value.Uint64() + ms[1].Value.Uint64(); inuse > peak.Load() {
				peak.Store(inuse)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() { close(done) }
}

// repeatCSV writes the rows of src again and again, with ids made unique,
// until about n rows, into a temporary file.
func repeatCSV(b *testing.B, src string, n int) string {
	f, err := os.Open(src)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		b.Fatal(err)
	}
	out := filepath.Join(b.TempDir(), "emscad-25k.csv")
	w, err := os.Create(out)
	if err != nil {
		b.Fatal(err)
	}
	cw := csv.NewWriter(w)
	cw.Write(recs[0])
	for i := 0; i < n; i++ {
		rec := append([]string(nil), recs[1+i%(len(recs)-1)]...)
		rec[0] = fmt.Sprintf("%s-%d", rec[0], i/(len(recs)-1))
		cw.Write(rec)
	}
	cw.Flush()
	if err := w.Close(); err != nil {
		b.Fatal(err)
	}
	return out
}

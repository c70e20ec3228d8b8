package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type result struct {
	latencies []time.Duration
	errors    int
	firstErr  string
	elapsed   time.Duration
}

// drive sends requests from o.concurrency clients until o.requests have
// been sent or o.duration has passed.
func drive(ctx context.Context, target string, o options) result {
	ctx, cancel := context.WithTimeout(ctx, o.duration)
	defer cancel()
	client := &http.Client{Transport: &http.Transport{
		Proxy:               nil, // loopback only: never via a proxy
		MaxIdleConnsPerHost: o.concurrency,
		MaxConnsPerHost:     o.concurrency,
	}}
	defer client.CloseIdleConnections()
	var sent atomic.Int64
	var mu sync.Mutex
	var all result
	var wg sync.WaitGroup
	start := time.Now()
	for w := range o.concurrency {
		wg.Go(func() {
			r := worker(ctx, client, target, w, &sent, int64(o.requests))
			mu.Lock()
			defer mu.Unlock()
			all.latencies = append(all.latencies, r.latencies...)
			all.errors += r.errors
			if all.firstErr == "" {
				all.firstErr = r.firstErr
			}
		})
	}
	wg.Wait()
	all.elapsed = time.Since(start)
	return all
}

func worker(ctx context.Context, client *http.Client, target string, w int, sent *atomic.Int64, limit int64) result {
	var r result
	for i := w; ctx.Err() == nil && sent.Add(1) <= limit; i++ {
		ad := adverts[i%len(adverts)]
		t0 := time.Now()
		err := post(ctx, client, target, ad)
		if ctx.Err() != nil {
			break // cut off by the deadline: neither a sample nor an error
		}
		r.latencies = append(r.latencies, time.Since(t0))
		if err != nil {
			r.errors++
			if r.firstErr == "" {
				r.firstErr = err.Error()
			}
		}
	}
	return r
}

func post(ctx context.Context, client *http.Client, target, ad string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, target, strings.NewReader(ad))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "text/plain; charset=utf-8")
	res, err := client.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		return err
	}
	if res.StatusCode != http.StatusOK || !bytes.Contains(body, []byte(`"band"`)) {
		return fmt.Errorf("status %d: %.200s", res.StatusCode, body)
	}
	return nil
}

func (r result) print(w io.Writer, o options) {
	n := len(r.latencies)
	fmt.Fprintf(w, "clients %d, requests %d, errors %d, elapsed %s\n", o.concurrency, n, r.errors,
		r.elapsed.Round(time.Millisecond))
	if n == 0 {
		return
	}
	slices.Sort(r.latencies)
	pct := func(p float64) time.Duration { return r.latencies[min(n-1, int(p*float64(n)))] }
	fmt.Fprintf(w, "throughput %.0f req/s\n", float64(n)/r.elapsed.Seconds())
	fmt.Fprintf(w, "latency p50 %s  p90 %s  p99 %s  max %s\n", pct(0.50).Round(time.Microsecond),
		pct(0.90).Round(time.Microsecond), pct(0.99).Round(time.Microsecond), r.latencies[n-1].Round(time.Microsecond))
	if r.firstErr != "" {
		fmt.Fprintf(w, "first error: %s\n", r.firstErr)
	}
}

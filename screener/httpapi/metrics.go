package httpapi

import (
	"bytes"
	"cmp"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jobscreen/jobscreen/screener"
)

// latencyBuckets are the histogram's upper bounds in seconds: 1ms to 1s
// brackets everything from a cached page to a large batch line.
var latencyBuckets = [...]float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1}

// metrics is the whole of the server's instrumentation, written out in
// the Prometheus text format by hand: a handful of series does not need a
// client library and its dependency tree.
type metrics struct {
	inFlight atomic.Int64

	mu       sync.Mutex
	requests map[reqKey]uint64
	latency  map[string]*histogram
	reports  map[screener.Band]uint64
}

type reqKey struct {
	route string
	code  int
}

// histogram keeps per-bucket (not cumulative) counts; the writer sums.
type histogram struct {
	counts [len(latencyBuckets) + 1]uint64 // the last is +Inf
	sum    float64
	n      uint64
}

func newMetrics() *metrics {
	return &metrics{
		requests: map[reqKey]uint64{},
		latency:  map[string]*histogram{},
		// Every band is present from the start, so rate() works before
		// the first high-risk advert arrives.
		reports: map[screener.Band]uint64{screener.Low: 0, screener.Medium: 0, screener.High: 0},
	}
}

func (m *metrics) observe(route string, code int, d time.Duration) {
	sec := d.Seconds()
	i, _ := slices.BinarySearch(latencyBuckets[:], sec)
	m.mu.Lock()
	defer m.mu.Unlock()
	m.requests[reqKey{route, code}]++
	h := m.latency[route]
	if h == nil {
		h = &histogram{}
		m.latency[route] = h
	}
	h.counts[i]++
	h.sum += sec
	h.n++
}

func (m *metrics) report(b screener.Band) {
	m.mu.Lock()
	m.reports[b]++
	m.mu.Unlock()
}

func (s *Server) handleMetrics(w http.ResponseWriter, _ *http.Request) {
	var b bytes.Buffer
	s.metrics.write(&b)
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	_, _ = w.Write(b.Bytes())
}

// write renders every series in a stable order.
func (m *metrics) write(b *bytes.Buffer) {
	m.mu.Lock()
	defer m.mu.Unlock()
	header(b, "jobscreen_http_requests_total", "counter", "HTTP requests by route and status code.")
	keys := make([]reqKey, 0, len(m.requests))
	for k := range m.requests {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b reqKey) int {
		return cmp.Or(strings.Compare(a.route, b.route), cmp.Compare(a.code, b.code))
	})
	for _, k := range keys {
		fmt.Fprintf(b, "jobscreen_http_requests_total{route=%s,code=\"%d\"} %d\n", label(k.route), k.code, m.requests[k])
	}
	m.writeLatency(b)
	header(b, "jobscreen_reports_total", "counter", "Reports produced, by risk band.")
	for _, band := range []screener.Band{screener.Low, screener.Medium, screener.High} {
		fmt.Fprintf(b, "jobscreen_reports_total{band=%s} %d\n", label(string(band)), m.reports[band])
	}
	header(b, "jobscreen_http_requests_in_flight", "gauge", "Requests being served now.")
	fmt.Fprintf(b, "jobscreen_http_requests_in_flight %d\n", m.inFlight.Load())
}

func (m *metrics) writeLatency(b *bytes.Buffer) {
	const name = "jobscreen_http_request_duration_seconds"
	header(b, name, "histogram", "Time to serve a request, by route.")
	routes := make([]string, 0, len(m.latency))
	for r := range m.latency {
		routes = append(routes, r)
	}
	slices.Sort(routes)
	for _, r := range routes {
		h, l := m.latency[r], label(r)
		var cum uint64
		for i, le := range latencyBuckets {
			cum += h.counts[i]
			fmt.Fprintf(b, "%s_bucket{route=%s,le=\"%s\"} %d\n", name, l, strconv.FormatFloat(le, 'g', -1, 64), cum)
		}
		fmt.Fprintf(b, "%s_bucket{route=%s,le=\"+Inf\"} %d\n", name, l, h.n)
		fmt.Fprintf(b, "%s_sum{route=%s} %s\n", name, l, strconv.FormatFloat(h.sum, 'g', -1, 64))
		fmt.Fprintf(b, "%s_count{route=%s} %d\n", name, l, h.n)
	}
}

func header(b *bytes.Buffer, name, typ, help string) {
	fmt.Fprintf(b, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, typ)
}

// labelEscaper escapes a label value as the exposition format asks.
var labelEscaper = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)

func label(v string) string { return `"` + labelEscaper.Replace(v) + `"` }

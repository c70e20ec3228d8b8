package httpapi

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// sampleLine is one series in the text exposition format.
var sampleLine = regexp.MustCompile(`^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{([a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*\})? (\S+)$`)

func TestMetrics(t *testing.T) {
	h := newTestServer(t, Config{}).Handler()
	do(h, "POST", "/v1/screen", "text/plain", scamAd)
	do(h, "POST", "/v1/screen", "text/plain", "")
	do(h, "GET", "/v1/screen", "", "")
	do(h, "GET", "/no/such/thing", "", "")
	w := do(h, "GET", "/metrics", "", "")
	if w.Code != 200 || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/plain; version=0.0.4") {
		t.Fatalf("%d %q", w.Code, w.Header().Get("Content-Type"))
	}
	series := map[string]float64{}
	typed := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSuffix(w.Body.String(), "\n"), "\n") {
		if name, ok := strings.CutPrefix(line, "# TYPE "); ok {
			typed[strings.Fields(name)[0]] = true
			continue
		}
		if strings.HasPrefix(line, "# HELP ") {
			continue
		}
		m := sampleLine.FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("not a sample line: %q", line)
		}
		v, err := strconv.ParseFloat(m[4], 64)
		if err != nil {
			t.Fatalf("bad value in %q", line)
		}
		base := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(m[1], "_bucket"), "_sum"), "_count")
		if !typed[m[1]] && !typed[base] {
			t.Fatalf("series before its # TYPE: %q", line)
		}
		series[m[1]+m[2]] = v
	}
	want := map[string]float64{
		`jobscreen_http_requests_total{route="/v1/screen",code="200"}`:                 1,
		`jobscreen_http_requests_total{route="/v1/screen",code="400"}`:                 1,
		`jobscreen_http_requests_total{route="/v1/screen",code="405"}`:                 1,
		`jobscreen_http_requests_total{route="other",code="404"}`:                      1,
		`jobscreen_http_request_duration_seconds_count{route="/v1/screen"}`:            3,
		`jobscreen_http_request_duration_seconds_bucket{route="/v1/screen",le="+Inf"}`: 3,
		`jobscreen_reports_total{band="high"}`:                                         1,
		`jobscreen_reports_total{band="low"}`:                                          0,
		`jobscreen_http_requests_in_flight`:                                            1,
	}
	for k, v := range want {
		if got, ok := series[k]; !ok || got != v {
			t.Errorf("%s = %v (present %v), want %v", k, got, ok, v)
		}
	}
	if _, ok := series[`jobscreen_http_request_duration_seconds_bucket{route="/v1/screen",le="0.001"}`]; !ok {
		t.Errorf("no 1ms bucket")
	}
}

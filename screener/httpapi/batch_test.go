package httpapi

import (
	"bufio"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

type batchLine struct {
	ID    string `json:"id"`
	Band  string `json:"band"`
	Line  int    `json:"line"`
	Error string `json:"error"`
}

func TestBatchOrderAndBadLines(t *testing.T) {
	h := newTestServer(t, Config{}).Handler()
	in := strings.Join([]string{
		`{"id": "a", "body": ` + quote(scamAd) + `}`,
		`{"id": "b", "body": "Senior Go engineer, salary 180k, apply on our careers page."}`,
		`{"id": "c", "body": `,
		``,
		`{"id": "d", "bdy": "x"}`,
		`{"id": "e", "html": "<p>` + "Pay a registration fee to join" + `</p>"}`,
		`{"id": "f", "body": "last line without newline"}`,
	}, "\n")
	w := do(h, "POST", "/v1/screen/batch", "application/x-ndjson", in)
	if w.Code != 200 || w.Header().Get("Content-Type") != "application/x-ndjson" {
		t.Fatalf("%d %q", w.Code, w.Header().Get("Content-Type"))
	}
	var got []string
	sc := bufio.NewScanner(w.Body)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var l batchLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("output line is not JSON: %v", err)
		}
		if l.Error != "" {
			got = append(got, "line "+itoa(l.Line))
			continue
		}
		got = append(got, l.ID)
	}
	want := "a b line 3 line 5 e f"
	if strings.Join(got, " ") != want {
		t.Fatalf("got %q, want %q", strings.Join(got, " "), want)
	}
}

func TestBatchErrors(t *testing.T) {
	h := newTestServer(t, Config{MaxBodyBytes: 200}).Handler()
	tests := []struct {
		name, method, ctype, body string
		want                      int
	}{
		{"empty", "POST", "application/x-ndjson", "", 400},
		{"blank lines", "POST", "application/x-ndjson", "\n\n", 400},
		{"GET", "GET", "", "", 405},
		{"text", "POST", "text/plain", `{"body": "x"}`, 415},
		{"first line over limit", "POST", "application/x-ndjson", `{"body": "` + strings.Repeat("a", 300) + `"}`, 413},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := do(h, tc.method, "/v1/screen/batch", tc.ctype, tc.body)
			if w.Code != tc.want {
				t.Fatalf("status %d, want %d: %s", w.Code, tc.want, w.Body.String())
			}
			errorBody(t, w)
		})
	}
}

// TestBatchOverLimitMidStream checks that a body that runs over the limit
// after some reports ends the stream with an error line, not silence.
func TestBatchOverLimitMidStream(t *testing.T) {
	h := newTestServer(t, Config{MaxBodyBytes: 200}).Handler()
	in := `{"id": "a", "body": "hello"}` + "\n" + `{"body": "` + strings.Repeat("a", 300) + `"}`
	w := do(h, "POST", "/v1/screen/batch", "application/x-ndjson", in)
	lines := strings.Split(strings.TrimSpace(w.Body.String()), "\n")
	if w.Code != 200 || len(lines) != 2 || !strings.Contains(lines[1], `"line":2`) || !strings.Contains(lines[1], `"status":413`) {
		t.Fatalf("%d %q", w.Code, lines)
	}
}

// TestBatchStreams sends the second line only after the first report has
// arrived: it passes only if reports are flushed line by line and the
// server keeps reading the body after it has begun to answer.
func TestBatchStreams(t *testing.T) {
	ts := httptest.NewServer(newTestServer(t, Config{}).Handler())
	defer ts.Close()
	pr, pw := io.Pipe()
	req, _ := http.NewRequestWithContext(t.Context(), "POST", ts.URL+"/v1/screen/batch", pr)
	req.Header.Set("Content-Type", "application/x-ndjson")
	done := make(chan *http.Response, 1)
	go func() {
		res, err := ts.Client().Do(req)
		if err != nil {
			t.Error(err)
			close(done)
			return
		}
		done <- res
	}()
	if _, err := io.WriteString(pw, `{"id": "first", "body": "hello"}`+"\n"); err != nil {
		t.Fatal(err)
	}
	res := <-done
	if res == nil {
		t.FailNow()
	}
	defer res.Body.Close()
	rd := bufio.NewReader(res.Body)
	first, err := rd.ReadString('\n')
	if err != nil || !strings.Contains(first, `"id":"first"`) {
		t.Fatalf("first line %q, %v", first, err)
	}
	_, _ = io.WriteString(pw, `{"id": "second", "body": "world"}`+"\n")
	pw.Close()
	second, _ := rd.ReadString('\n')
	if !strings.Contains(second, `"id":"second"`) {
		t.Fatalf("second line %q", second)
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

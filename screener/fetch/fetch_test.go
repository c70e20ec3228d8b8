package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// Tests talk only to a local test server, never the internet.
func server(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/ad", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<h1>Job</h1><p>UA=%s</p>", r.UserAgent())
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(strings.Repeat("x", 5000))) })
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(2 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "gone", http.StatusGone) })
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/hop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/ad", http.StatusFound) })
	mux.HandleFunc("/file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	ts := httptest.NewServer(mux)
	t.Cleanup(ts.Close)
	return ts
}

func TestGet(t *testing.T) {
	ts := server(t)
	ctx := context.Background()
	p, err := Get(ctx, ts.URL+"/hop", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p.ContentType != "text/html" || !strings.HasSuffix(p.URL, "/ad") || !strings.Contains(string(p.Body), "UA=jobscreen/") {
		t.Errorf("got %+v %s", p, p.Body)
	}
	tests := []struct {
		name, path string
		o          Options
		want       string
	}{
		{"too large", "/big", Options{MaxBytes: 100}, "too large"},
		{"timeout", "/slow", Options{Timeout: 50 * time.Millisecond}, "deadline"},
		{"http error", "/gone", Options{}, "410"},
		{"redirect loop", "/loop", Options{MaxRedirects: 3}, "stopped after 3 redirects"},
		{"redirect off http", "/file", Options{}, "only http and https"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Get(ctx, ts.URL+tc.path, tc.o)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want %q", err, tc.want)
			}
		})
	}
	if _, err := Get(ctx, ts.URL+"/big", Options{MaxBytes: 10}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("ErrTooLarge not wrapped: %v", err)
	}
	for _, bad := range []string{"ftp://x/y", "file:///etc/passwd", "http://", "not a url"} {
		if _, err := Get(ctx, bad, Options{}); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestIsURL(t *testing.T) {
	for s, want := range map[string]bool{"https://a.b/c": true, "http://x": true, "ads.csv": false, "-": false, "httpfile.txt": false} {
		if IsURL(s) != want {
			t.Errorf("IsURL(%q) != %v", s, want)
		}
	}
}

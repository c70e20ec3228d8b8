package httpapi

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/jobscreen/jobscreen/screener"
)

var (
	sharedOnce sync.Once
	shared     *screener.Screener
	sharedErr  error
)

// testScreener compiles the default packs once for the whole package.
func testScreener(t testing.TB) *screener.Screener {
	t.Helper()
	sharedOnce.Do(func() { shared, sharedErr = screener.New(screener.Options{}) })
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return shared
}

func newTestServer(t testing.TB, c Config) *Server {
	t.Helper()
	return New(testScreener(t), c)
}

// do sends one request through h in-process.
func do(h http.Handler, method, path, ctype, body string) *httptest.ResponseRecorder {
	var r io.Reader
	if body != "" {
		r = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, path, r)
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}

// errorBody decodes the error shape and checks it matches the status.
func errorBody(t *testing.T, w *httptest.ResponseRecorder) apiError {
	t.Helper()
	var e apiError
	if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil {
		t.Fatalf("error body is not JSON: %v: %q", err, w.Body.String())
	}
	if e.Status != w.Code || e.Message == "" {
		t.Fatalf("error body %+v does not match status %d", e, w.Code)
	}
	if ct := w.Header().Get("Content-Type"); ct != "application/json" {
		t.Fatalf("error Content-Type %q", ct)
	}
	return e
}

const scamAd = `URGENT HIRING!!! Data entry job, work from home. Earn Rs 80,000 weekly.
No experience needed. Pay a registration fee of Rs 2,000 via EasyPaisa to confirm your seat.
Contact on WhatsApp only: 0345-2287460. Limited seats, apply today!`

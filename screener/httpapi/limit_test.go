package httpapi

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/jobscreen/jobscreen/screener"
)

// blockingServer returns a server with one slot whose screener holds it
// until release is closed, signalling on entered when it does.
func blockingServer(t *testing.T) (s *Server, entered chan struct{}, release chan struct{}) {
	s = newTestServer(t, Config{MaxConcurrent: 1, QueueTimeout: 20 * time.Millisecond})
	entered, release = make(chan struct{}, 1), make(chan struct{})
	s.screen = func(ctx context.Context, l screener.Listing) (screener.Report, error) {
		entered <- struct{}{}
		<-release
		return screener.Report{Band: screener.Low, Text: l.Body, Findings: []screener.Finding{}}, nil
	}
	return s, entered, release
}

func TestOverloadIs503(t *testing.T) {
	s, entered, release := blockingServer(t)
	h := s.Handler()
	held := make(chan *httptest.ResponseRecorder)
	go func() { held <- do(h, "POST", "/v1/screen", "text/plain", "first") }()
	<-entered

	for _, path := range []string{"/v1/screen", "/v1/screen/batch"} {
		w := do(h, "POST", path, "application/json", `{"body": "second"}`)
		if w.Code != http.StatusServiceUnavailable {
			t.Fatalf("%s: status %d, want 503", path, w.Code)
		}
		errorBody(t, w)
		if w.Header().Get("Retry-After") == "" {
			t.Fatalf("%s: 503 without Retry-After", path)
		}
	}
	// Cheap routes never wait for a screening slot.
	if w := do(h, "GET", "/healthz", "", ""); w.Code != 200 {
		t.Fatalf("healthz under load: %d", w.Code)
	}
	close(release)
	if w := <-held; w.Code != 200 {
		t.Fatalf("held request: %d", w.Code)
	}
	// The slot is free again.
	s.screen = testScreener(t).Screen
	if w := do(h, "POST", "/v1/screen", "text/plain", "third"); w.Code != 200 {
		t.Fatalf("after release: %d", w.Code)
	}
}

// TestQueuedRequestGetsSlot checks that a request waiting in the queue is
// served, not rejected, when a slot frees up within QueueTimeout.
func TestQueuedRequestGetsSlot(t *testing.T) {
	s, entered, release := blockingServer(t)
	s.cfg.QueueTimeout = 5 * time.Second
	h := s.Handler()
	results := make(chan int, 2)
	go func() { results <- do(h, "POST", "/v1/screen", "text/plain", "one").Code }()
	<-entered
	go func() { results <- do(h, "POST", "/v1/screen", "text/plain", "two").Code }()
	time.Sleep(10 * time.Millisecond) // let the second request queue
	close(release)
	<-entered
	for range 2 {
		if code := <-results; code != 200 {
			t.Fatalf("status %d", code)
		}
	}
}

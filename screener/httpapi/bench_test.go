package httpapi

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/screener"
)

// typicalAdvert is about 3 KB, the size of a job-board advert with its
// requirements and benefits.
var typicalAdvert = func() string {
	var b strings.Builder
	for b.Len() < 3000 {
		b.WriteString(scamAd)
		b.WriteString("\n\nCustomer support representative, night shift, Karachi. Inbound calls and chats, ")
		b.WriteString("billing questions, CRM logging. Intermediate or above, fluent English. Rs. 55,000 a month.\n\n")
	}
	return b.String()[:3000]
}()

// BenchmarkScreenEndpoint measures one POST /v1/screen through the whole
// handler stack: headers, metrics, slot, decoding, screening, encoding.
func BenchmarkScreenEndpoint(b *testing.B) {
	h := newTestServer(b, Config{}).Handler()
	b.SetBytes(int64(len(typicalAdvert)))
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest("POST", "/v1/screen", strings.NewReader(typicalAdvert))
		req.Header.Set("Content-Type", "text/plain; charset=utf-8")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != http.StatusOK {
			b.Fatal(w.Code)
		}
	}
}

// BenchmarkHandlerOverhead is BenchmarkScreenEndpoint with the screening
// itself replaced by a canned report of the same size: what the HTTP
// layer costs on its own.
func BenchmarkHandlerOverhead(b *testing.B) {
	s := newTestServer(b, Config{})
	rep, err := testScreener(b).Screen(b.Context(), screener.Listing{Body: typicalAdvert})
	if err != nil {
		b.Fatal(err)
	}
	s.screen = func(context.Context, screener.Listing) (screener.Report, error) { return rep, nil }
	h := s.Handler()
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest("POST", "/v1/screen", strings.NewReader(typicalAdvert))
		req.Header.Set("Content-Type", "text/plain; charset=utf-8")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != http.StatusOK {
			b.Fatal(w.Code)
		}
	}
}

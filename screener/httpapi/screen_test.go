package httpapi

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/screener"
	"github.com/jobscreen/jobscreen/screener/report"
)

func TestScreen(t *testing.T) {
	h := newTestServer(t, Config{MaxBodyBytes: 64 << 10}).Handler()
	listing, _ := json.Marshal(screener.Listing{ID: "ad-1", Title: "Data entry operator", Body: scamAd})
	page, _ := json.Marshal(map[string]string{"id": "p-1", "html": "<html><body><h1>Data entry</h1><p>" + scamAd + "</p></body></html>"})
	tests := []struct {
		name, ctype, body string
		wantID, wantSrc   string
	}{
		{"json listing", "application/json", string(listing), "ad-1", "listing"},
		{"json body only", "application/json; charset=utf-8", `{"body": ` + quote(scamAd) + `}`, "", "text"},
		{"json html", "application/json", string(page), "p-1", "html"},
		{"plain text", "text/plain; charset=utf-8", scamAd, "", "text"},
		{"html page", "text/html", "<!doctype html><title>Job</title><p>" + scamAd, "", "html"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := do(h, "POST", "/v1/screen", tc.ctype, tc.body)
			if w.Code != http.StatusOK {
				t.Fatalf("status %d: %s", w.Code, w.Body.String())
			}
			var rep screener.Report
			if err := json.Unmarshal(w.Body.Bytes(), &rep); err != nil {
				t.Fatal(err)
			}
			if rep.ID != tc.wantID || rep.Source != tc.wantSrc || len(rep.Findings) == 0 || rep.Band == "" {
				t.Fatalf("report id %q source %q band %q with %d findings", rep.ID, rep.Source, rep.Band, len(rep.Findings))
			}
			checkEvidence(t, rep)
		})
	}
}

// TestScreenMatchesCLI pins that the API answers with report.JSON's bytes,
// the same as `jobscreen check --format json`.
func TestScreenMatchesCLI(t *testing.T) {
	s := newTestServer(t, Config{})
	w := do(s.Handler(), "POST", "/v1/screen", "text/plain", scamAd)
	rep, err := testScreener(t).Screen(t.Context(), screener.Listing{Body: scamAd})
	if err != nil {
		t.Fatal(err)
	}
	if want := reportJSON(t, rep); w.Body.String() != want {
		t.Fatalf("API and report.JSON differ:\n%s\n---\n%s", w.Body.String(), want)
	}
}

func TestScreenErrors(t *testing.T) {
	h := newTestServer(t, Config{MaxBodyBytes: 1024}).Handler()
	tests := []struct {
		name, method, ctype, body string
		want                      int
		wantMsg                   string
	}{
		{"malformed json", "POST", "application/json", `{"body": "x"`, 400, "malformed JSON"},
		{"bad syntax", "POST", "application/json", `{"body": x}`, 400, "malformed JSON at byte"},
		{"unknown field", "POST", "application/json", `{"bdy": "x"}`, 400, `unknown field "bdy"`},
		{"wrong type", "POST", "application/json", `{"body": 3}`, 400, `field "body" must be a string`},
		{"not an object", "POST", "application/json", `["x"]`, 400, "must be a JSON object"},
		{"trailing data", "POST", "application/json", `{"body": "x"} {}`, 400, "extra data"},
		{"empty listing", "POST", "application/json", `{"id": "1"}`, 400, "listing is empty"},
		{"null", "POST", "application/json", `null`, 400, "listing is empty"},
		{"html with fields", "POST", "application/json", `{"html": "<p>x</p>", "title": "t"}`, 400, `"html" takes no other`},
		{"empty body", "POST", "text/plain", "", 400, "body is empty"},
		{"blank body", "POST", "text/plain", " \n\t", 400, "body is empty"},
		{"GET", "GET", "", "", 405, "not allowed"},
		{"PUT", "PUT", "text/plain", "x", 405, "not allowed"},
		{"over limit", "POST", "text/plain", strings.Repeat("a", 1025), 413, "over the limit of 1024"},
		{"no content type", "POST", "", "x", 415, "Content-Type is required"},
		{"form", "POST", "application/x-www-form-urlencoded", "a=b", 415, "not supported"},
		{"latin1", "POST", "text/plain; charset=iso-8859-1", "x", 415, "UTF-8"},
		{"garbled type", "POST", "text/", "x", 415, "unreadable"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := do(h, tc.method, "/v1/screen", tc.ctype, tc.body)
			if w.Code != tc.want {
				t.Fatalf("status %d, want %d: %s", w.Code, tc.want, w.Body.String())
			}
			if e := errorBody(t, w); !strings.Contains(e.Message, tc.wantMsg) {
				t.Fatalf("message %q lacks %q", e.Message, tc.wantMsg)
			}
			if tc.want == 405 && w.Header().Get("Allow") != "POST" {
				t.Fatalf("Allow %q", w.Header().Get("Allow"))
			}
		})
	}
}

// TestOffsetsMultibyte screens Urdu with emoji and checks that evidence
// offsets are byte offsets into the report's text, which the page maps
// to string indices. Invalid UTF-8 is repaired before screening so the
// offsets still hold in the JSON, which cannot carry invalid bytes.
func TestOffsetsMultibyte(t *testing.T) {
	h := newTestServer(t, Config{}).Handler()
	urdu := "📢 خوشخبری! 📢 آن لائن جاب – گھر بیٹھے کام کریں\n💰 تنخواہ: ۸۰ ہزار روپے ہفتہ وار\n" +
		"رجسٹریشن فیس 2000 روپے ایزی پیسہ کریں۔ Registration fee Rs 2000 via EasyPaisa. WhatsApp only 0345-2287460 😀"
	for name, body := range map[string]string{"urdu": urdu, "invalid utf-8": "\xff\xfe" + urdu + "\xc3"} {
		t.Run(name, func(t *testing.T) {
			w := do(h, "POST", "/v1/screen", "text/plain", body)
			var rep screener.Report
			if err := json.Unmarshal(w.Body.Bytes(), &rep); err != nil || w.Code != 200 {
				t.Fatalf("%d %v", w.Code, err)
			}
			if len(rep.Findings) == 0 {
				t.Fatal("no findings on a scam advert")
			}
			checkEvidence(t, rep)
		})
	}
}

// TestScreenerFailureIsOpaque checks that a 500 says nothing of the cause,
// which may quote the listing.
func TestScreenerFailureIsOpaque(t *testing.T) {
	s := newTestServer(t, Config{})
	s.screen = func(_ context.Context, l screener.Listing) (screener.Report, error) {
		return screener.Report{}, errors.New("boom in rule x on " + l.Body)
	}
	w := do(s.Handler(), "POST", "/v1/screen", "text/plain", "secret advert text")
	if w.Code != 500 {
		t.Fatalf("status %d", w.Code)
	}
	if e := errorBody(t, w); e.Message != "internal error" {
		t.Fatalf("500 leaks: %q", e.Message)
	}
}

func TestPanicIsOpaque(t *testing.T) {
	s := newTestServer(t, Config{})
	s.screen = func(context.Context, screener.Listing) (screener.Report, error) { panic("secret advert text") }
	w := do(s.Handler(), "POST", "/v1/screen", "text/plain", "x")
	if w.Code != 500 || strings.Contains(w.Body.String(), "secret") {
		t.Fatalf("%d %s", w.Code, w.Body.String())
	}
}

func checkEvidence(t *testing.T, rep screener.Report) {
	t.Helper()
	for _, f := range rep.Findings {
		for _, e := range f.Evidence {
			if e.Start < 0 || e.End > len(rep.Text) || e.Start > e.End || rep.Text[e.Start:e.End] != e.Text {
				t.Fatalf("%s: evidence %d-%d %q does not match the text", f.RuleID, e.Start, e.End, e.Text)
			}
		}
	}
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func reportJSON(t *testing.T, rep screener.Report) string {
	t.Helper()
	var b strings.Builder
	if err := report.JSON(&b, rep); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

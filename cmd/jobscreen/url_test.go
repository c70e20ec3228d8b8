package main

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// adServer serves adverts and a feed on loopback; tests never go online.
func adServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/ad.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(`<html><body><nav>Home</nav><main><h1>Agents</h1><p>Earn Rs 3 lakh monthly! No degree required. Free visa to Cambodia.</p></main></body></html>`))
	})
	mux.HandleFunc("/feed.jsonl", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`{"id":"f1","body":"Earn Rs 3 lakh monthly, no degree required."}` + "\n" + `{"id":"f2","body":"Accountant, B.Com, Habib Traders (Pvt) Ltd."}` + "\n"))
	})
	mux.HandleFunc("/missing", http.NotFound)
	ts := httptest.NewServer(mux)
	t.Cleanup(ts.Close)
	return ts
}

func TestCheckURL(t *testing.T) {
	ts := adServer(t)
	t.Chdir(t.TempDir())
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"check", "--format", "json", ts.URL + "/ad.html"}, strings.NewReader(""), &out, &errb)
	if code != exitFail || !strings.Contains(out.String(), `"source": "html"`) || strings.Contains(out.String(), "Home") {
		t.Errorf("exit %d stderr %s out %s", code, errb.String(), out.String())
	}
	out.Reset()
	errb.Reset()
	code = run(context.Background(), []string{"check", ts.URL + "/missing"}, strings.NewReader(""), &out, &errb)
	if code != exitInput || !strings.Contains(errb.String(), "404") {
		t.Errorf("missing page: exit %d, %s", code, errb.String())
	}
}

func TestBatchURLsAndURLList(t *testing.T) {
	ts := adServer(t)
	list := filepath.Join(t.TempDir(), "urls.txt")
	if err := os.WriteFile(list, []byte("# adverts to check\n"+ts.URL+"/ad.html\n\n"+ts.URL+"/feed.jsonl\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runBatchCmd(t, "", "--urls", list, "--format", "ndjson", "--fail-on", "never")
	if code != exitOK || strings.Count(out, "\n") != 3 || !strings.Contains(out, `"id":"f2"`) {
		t.Errorf("exit %d, stderr %s, out %s", code, errs, out)
	}
	code, _, errs = runBatchCmd(t, "", ts.URL+"/missing", ts.URL+"/feed.jsonl", "--fail-on", "never")
	if code != exitInput || !strings.Contains(errs, "404") || !strings.Contains(errs, "2 listings") {
		t.Errorf("a failed URL must not stop the others: exit %d, %s", code, errs)
	}
	bad := filepath.Join(t.TempDir(), "bad.txt")
	os.WriteFile(bad, []byte("ftp://x\n"), 0o644)
	if code, _, errs := runBatchCmd(t, "", "--urls", bad); code != exitInput || !strings.Contains(errs, ":1:") {
		t.Errorf("bad url list: exit %d, %s", code, errs)
	}
	if code, _, _ := runBatchCmd(t, ""); code != exitUsage {
		t.Errorf("no input: exit %d", code)
	}
}

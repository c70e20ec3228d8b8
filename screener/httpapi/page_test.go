package httpapi

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestSecurityHeaders checks every kind of response, errors included.
func TestSecurityHeaders(t *testing.T) {
	h := newTestServer(t, Config{}).Handler()
	for _, path := range []string{"/", "/static/app.js", "/static/app.css", "/healthz", "/metrics",
		"/v1/rules", "/v1/openapi.json", "/v1/screen", "/nope", "/static/index.html"} {
		w := do(h, "GET", path, "", "")
		hd := w.Header()
		if hd.Get("X-Content-Type-Options") != "nosniff" || hd.Get("Referrer-Policy") != "no-referrer" {
			t.Errorf("%s: missing nosniff or Referrer-Policy", path)
		}
		csp := hd.Get("Content-Security-Policy")
		if !strings.Contains(csp, "frame-ancestors 'none'") || strings.Contains(csp, "unsafe-inline") ||
			strings.Contains(csp, "unsafe-eval") {
			t.Errorf("%s: weak CSP %q", path, csp)
		}
	}
	if csp := do(h, "GET", "/", "", "").Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") ||
		!strings.Contains(csp, "script-src 'self'") {
		t.Errorf("page CSP %q", csp)
	}
}

func TestPageAndAssets(t *testing.T) {
	h := newTestServer(t, Config{}).Handler()
	tests := []struct{ path, ctype, contains string }{
		{"/", "text/html; charset=utf-8", `<textarea id="advert"`},
		{"/static/app.js", "text/javascript; charset=utf-8", "textContent"},
		{"/static/offsets.js", "text/javascript; charset=utf-8", "byteIndexer"},
		{"/static/app.css", "text/css; charset=utf-8", "mark"},
	}
	for _, tc := range tests {
		w := do(h, "GET", tc.path, "", "")
		if w.Code != 200 || w.Header().Get("Content-Type") != tc.ctype || !strings.Contains(w.Body.String(), tc.contains) {
			t.Errorf("%s: %d %q", tc.path, w.Code, w.Header().Get("Content-Type"))
		}
	}
	for _, path := range []string{"/static/index.html", "/static/nope.js", "/static/"} {
		if w := do(h, "GET", path, "", ""); w.Code != 404 {
			t.Errorf("%s: %d, want 404", path, w.Code)
		}
	}
	if w := do(h, "POST", "/", "text/plain", "x"); w.Code != 405 {
		t.Errorf("POST /: %d", w.Code)
	}
}

// TestPageHasNoInlineCode keeps the page compatible with its CSP and the
// advert inert: no inline handlers or scripts, and a label for the inputs.
func TestPageHasNoInlineCode(t *testing.T) {
	page := readStatic(t, "index.html")
	if m := regexp.MustCompile(`(?i)\son[a-z]+\s*=`).FindString(page); m != "" {
		t.Errorf("inline event handler %q", m)
	}
	for _, m := range regexp.MustCompile(`(?is)<script([^>]*)>(.*?)</script>`).FindAllStringSubmatch(page, -1) {
		if !strings.Contains(m[1], "src=") || strings.TrimSpace(m[2]) != "" {
			t.Errorf("inline script %q", m[0])
		}
	}
	if strings.Contains(page, "style=") || strings.Contains(page, "<style") || strings.Contains(page, "javascript:") {
		t.Errorf("inline style or javascript: URL")
	}
	for _, want := range []string{`<label for="advert">`, `<label for="page-file">`, `aria-live="polite"`,
		`<button type="submit"`, `name="viewport"`} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
}

// TestScriptsNeverParseHTML: the page shows hostile text, so its scripts
// may only create nodes and set textContent.
func TestScriptsNeverParseHTML(t *testing.T) {
	bad := regexp.MustCompile(`innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|createContextualFragment|DOMParser`)
	err := fs.WalkDir(staticFS, "static", func(path string, d fs.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(path, ".js") {
			return err
		}
		b, _ := staticFS.ReadFile(path)
		if m := bad.FindString(string(b)); m != "" {
			t.Errorf("%s uses %s", path, m)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestByteIndexer runs offsets.js under Node, when it is installed, on
// Urdu and emoji: the evidence offsets are UTF-8 bytes, JS strings count
// UTF-16 units.
func TestByteIndexer(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "offsets.js"), []byte(readStatic(t, "offsets.js")), 0o644); err != nil {
		t.Fatal(err)
	}
	script := `
const { byteIndexer } = require("./offsets.js");
const s = "📢 خوشخبری! fee 😀 Rs 2000 ✓";
const bytes = new TextEncoder().encode(s);
const at = byteIndexer(s);
const want = (word) => {
  const i = s.indexOf(word);
  const b = new TextEncoder().encode(s.slice(0, i)).length;
  const e = b + new TextEncoder().encode(word).length;
  if (s.slice(at(b), at(e)) !== word) throw new Error(word + ": got " + s.slice(at(b), at(e)));
};
["📢", "خوشخبری", "fee", "😀", "Rs 2000", "✓"].forEach(want);
if (at(bytes.length) !== s.length || at(0) !== 0 || at(-1) !== 0 || at(1e9) !== s.length) throw new Error("ends");
if (at(1) !== 0) throw new Error("mid-character offset must map to the character's start");
console.log("ok");
`
	if err := os.WriteFile(filepath.Join(dir, "test.js"), []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(node, filepath.Join(dir, "test.js")).CombinedOutput()
	if err != nil || strings.TrimSpace(string(out)) != "ok" {
		t.Fatalf("%v: %s", err, out)
	}
}

func readStatic(t *testing.T, name string) string {
	t.Helper()
	b, err := staticFS.ReadFile("static/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

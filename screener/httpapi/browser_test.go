package httpapi

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/jobscreen/jobscreen/screener"
)

// The browser tests drive the real page, served by the real handler on
// loopback, in headless Chromium. Without a browser they skip, unless CI
// is "true": CI installs Chromium, so a missing one there is a failure.

const defaultChrome = "/usr/bin/chromium"

// findChrome returns JOBSCREEN_CHROME when set, else /usr/bin/chromium.
func findChrome(t *testing.T) string {
	t.Helper()
	path, from := os.Getenv("JOBSCREEN_CHROME"), "JOBSCREEN_CHROME"
	if path == "" {
		path, from = defaultChrome, "the default path"
	}
	if _, err := exec.LookPath(path); err != nil {
		msg := fmt.Sprintf("no Chromium at %s (%s): %v; install Debian's chromium or set JOBSCREEN_CHROME", path, from, err)
		if os.Getenv("CI") == "true" {
			t.Fatal(msg + " (CI=true, so the browser test may not skip)")
		}
		t.Skip(msg)
	}
	return path
}

// browser starts the handler on httptest and one headless Chromium, and
// returns the server's URL and a context of the started browser. Both
// end with the test.
func browser(t *testing.T) (string, context.Context) {
	t.Helper()
	chrome := findChrome(t)
	srv := httptest.NewServer(newTestServer(t, Config{}).Handler())
	t.Cleanup(srv.Close)

	// These flags are the ones known to work on the closed network: without
	// the background-networking ones Chromium keeps dialling Google.
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chrome),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-breakpad", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("no-proxy-server", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1024, 768),
	}
	ctx, cancelTimeout := context.WithTimeout(context.Background(), 60*time.Second)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	browserCtx, cancelBrowser := chromedp.NewContext(allocCtx)
	// Cleanups run last-in first-out: the browser exits before its
	// user-data-dir is removed.
	t.Cleanup(cancelTimeout)
	t.Cleanup(cancelAlloc)
	t.Cleanup(func() {
		if err := chromedp.Cancel(browserCtx); err != nil && !errors.Is(err, context.Canceled) {
			t.Logf("closing Chromium: %v", err)
		}
		cancelBrowser()
	})
	if err := chromedp.Do(browserCtx); err != nil {
		t.Fatalf("starting %s: %v", chrome, err)
	}
	return srv.URL, browserCtx
}

// tab opens a new tab on the page and fails the test on any uncaught
// exception in it.
func tab(t *testing.T, browserCtx context.Context, url string) context.Context {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browserCtx)
	t.Cleanup(cancel)
	var mu sync.Mutex
	var thrown []string
	err := chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*runtime.EventExceptionThrown); ok && e.ExceptionDetails != nil {
			msg := (&chromedp.ExceptionError{ExceptionDetails: e.ExceptionDetails}).Error()
			mu.Lock()
			thrown = append(thrown, msg)
			mu.Unlock()
		}
	})
	if err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	t.Cleanup(func() {
		mu.Lock()
		defer mu.Unlock()
		for _, e := range thrown {
			t.Errorf("uncaught exception in the page: %s", e)
		}
	})
	// Record CSP violations: the page must never even try to run inline
	// code, its own or the advert's.
	const watchCSP = `window.__csp = []; document.addEventListener('securitypolicyviolation',
		function (e) { window.__csp.push(e.violatedDirective + ' ' + e.blockedURI); }); true`
	if err := chromedp.Do(ctx,
		chromedp.Navigate(url+"/"),
		chromedp.WaitVisible(chromedp.ID("advert")),
		voidOf(chromedp.Evaluate[bool](watchCSP)),
	); err != nil {
		t.Fatalf("loading the page: %v", err)
	}
	return ctx
}

// voidOf drops an action's value, for use in chromedp.Do.
func voidOf[T any](a chromedp.Action[T]) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := a(ctx, t)
		return chromedp.Void{}, err
	}
}

// run runs one action and fails the test on its error.
func run[T any](t *testing.T, ctx context.Context, what string, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return v
}

// checkAdvert pastes text into the advert box, submits the form and waits
// until the results are shown or the page reports an error.
func checkAdvert(t *testing.T, ctx context.Context, text string) {
	t.Helper()
	const settled = `(function () {
		var s = document.getElementById('status').textContent;
		return !document.getElementById('results').hidden || s.indexOf('Could not') === 0 || s.indexOf('Paste') === 0;
	})()`
	err := chromedp.Do(ctx,
		chromedp.Focus(chromedp.ID("advert")),
		// Input.insertText is what a paste does: the text arrives at the
		// caret as one input event.
		func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
			_, err := cdp.Call(ctx, tg, input.InsertText, input.InsertTextParams{Text: text})
			return chromedp.Void{}, err
		},
		chromedp.Click(chromedp.ID("check")),
		voidOf(chromedp.Poll[bool](settled, chromedp.WithPollingTimeout(30*time.Second))),
	)
	if err != nil {
		t.Fatalf("checking the advert: %v", err)
	}
	if pasted := run(t, ctx, "reading the advert box", chromedp.Evaluate[string](`document.getElementById('advert').value`)); pasted != text {
		t.Errorf("the advert box holds %q, want the pasted %q", pasted, text)
	}
	if !run(t, ctx, "reading the results", chromedp.Evaluate[bool](`!document.getElementById('results').hidden`)) {
		t.Fatalf("no results; status: %q", run(t, ctx, "reading the status", chromedp.TextContent(chromedp.ID("status"))))
	}
}

// expectReport is what the API answers for text, to compare the page with.
func expectReport(t *testing.T, text string) screener.Report {
	t.Helper()
	w := do(newTestServer(t, Config{}).Handler(), "POST", "/v1/screen", "text/plain; charset=utf-8", text)
	var rep screener.Report
	if w.Code != 200 {
		t.Fatalf("POST /v1/screen: %d %s", w.Code, w.Body.String())
	}
	if err := json.Unmarshal(w.Body.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	return rep
}

func noCSPViolations(t *testing.T, ctx context.Context) {
	t.Helper()
	if csp := run(t, ctx, "reading CSP violations", chromedp.Evaluate[[]string](`window.__csp`)); len(csp) > 0 {
		t.Errorf("CSP violations: %q", csp)
	}
}

func TestBrowserPage(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	url, browserCtx := browser(t)

	t.Run("scam advert", func(t *testing.T) {
		sample, err := os.ReadFile("../../samples/scam-pk-call-centre-1-lakh.txt")
		if err != nil {
			t.Fatal(err)
		}
		want := expectReport(t, string(sample))
		if want.Band == "low" || len(want.Findings) == 0 {
			t.Fatalf("the sample no longer reads as a scam: score %d band %s", want.Score, want.Band)
		}
		ctx := tab(t, browserCtx, url)
		checkAdvert(t, ctx, string(sample))

		score := run(t, ctx, "reading the score", chromedp.TextContent(chromedp.CSS("#results .score")))
		band := run(t, ctx, "reading the band", chromedp.TextContent(chromedp.CSS("#results .band.band-"+string(want.Band))))
		status := run(t, ctx, "reading the status", chromedp.TextContent(chromedp.ID("status")))
		marks := run(t, ctx, "counting marks", chromedp.Evaluate[int](`document.querySelectorAll('#results .advert mark').length`))
		whys := run(t, ctx, "reading the reasons", chromedp.Evaluate[[]string](`Array.prototype.map.call(
			document.querySelectorAll('#results .findings li p'), function (p) { return p.textContent; })
			.filter(function (s) { return s.indexOf('Why: ') === 0; })`))
		if w := fmt.Sprintf("Score %d/100", want.Score); score != w {
			t.Errorf("score shows %q, want %q", score, w)
		}
		if !strings.Contains(band, "risk") {
			t.Errorf("band %s shows %q", want.Band, band)
		}
		if w := fmt.Sprintf("Score %d out of 100", want.Score); !strings.HasPrefix(status, w) {
			t.Errorf("status %q does not start %q", status, w)
		}
		if marks == 0 {
			t.Error("no evidence is highlighted")
		}
		if len(whys) != len(want.Findings) {
			t.Fatalf("%d reasons shown for %d findings", len(whys), len(want.Findings))
		}
		for i, f := range want.Findings {
			if f.Why == "" || whys[i] != "Why: "+f.Why {
				t.Errorf("finding %d (%s): reason shows %q, want %q", i, f.RuleID, whys[i], "Why: "+f.Why)
			}
		}

		// A flag with quoted evidence moves focus to its first mark.
		flag := chromedp.CSS("#results .findings button.flag-title[aria-controls]")
		target := run(t, ctx, "reading the flag", chromedp.AttributeValue(flag, "aria-controls"))
		title := run(t, ctx, "reading the flag", chromedp.TextContent(flag))
		if !target.Exists || target.Value == "" {
			t.Fatal("the flag names no evidence")
		}
		run(t, ctx, "clicking the flag", chromedp.Click(flag))
		focusedJS := fmt.Sprintf(`document.activeElement && document.activeElement.id === %q`, target.Value)
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](focusedJS, chromedp.WithPollingTimeout(5*time.Second))); err != nil {
			got, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement.outerHTML`))
			t.Fatalf("clicking %q did not focus #%s (focus is on %s): %v", title, target.Value, got, err)
		}
		type focus struct {
			Tag    string `json:"tag"`
			Active bool   `json:"active"`
			Text   string `json:"text"`
		}
		focused := run(t, ctx, "reading the focus", chromedp.Evaluate[focus](`(function (e) {
			return { tag: e.tagName, active: e.classList.contains('active'), text: e.textContent };
		})(document.activeElement)`))
		if focused.Tag != "MARK" || !focused.Active || focused.Text == "" {
			t.Errorf("focused %+v, want an active, non-empty mark", focused)
		}
		var quoted bool
		for _, f := range want.Findings {
			if !strings.HasPrefix(title, f.Title+" (") {
				continue
			}
			for _, e := range f.Evidence {
				quoted = quoted || strings.Contains(e.Text, focused.Text)
			}
		}
		if !quoted {
			t.Errorf("focused mark %q is not evidence of %q", focused.Text, title)
		}
		noCSPViolations(t, ctx)
	})

	t.Run("markup in the advert stays text", func(t *testing.T) {
		const hostile = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">` +
			"\nURGENT! Data entry from home, earn Rs 80,000 weekly. Pay a registration fee of Rs 2,000 " +
			"via EasyPaisa. WhatsApp only 0345-2287460. <b>Limited seats</b>"
		want := expectReport(t, hostile)
		ctx := tab(t, browserCtx, url)
		checkAdvert(t, ctx, hostile)

		type page struct {
			Pwned   string   `json:"pwned"`
			Created int      `json:"created"`
			Images  int      `json:"images"`
			Scripts []string `json:"scripts"`
			Text    string   `json:"text"`
			Marks   int      `json:"marks"`
		}
		got := run(t, ctx, "inspecting the page", chromedp.Evaluate[page](`({
			pwned: typeof window.__pwned,
			created: document.querySelectorAll('#results img, #results script, #results b, #results [onerror]').length,
			images: document.images.length,
			scripts: Array.prototype.map.call(document.scripts, function (s) { return s.getAttribute('src') || 'inline'; }),
			text: document.querySelector('#results .advert').textContent,
			marks: document.querySelectorAll('#results .advert mark').length
		})`))
		if got.Pwned != "undefined" {
			t.Errorf("window.__pwned is %s: the advert's markup ran", got.Pwned)
		}
		if got.Created != 0 || got.Images != 0 {
			t.Errorf("the advert created elements: %d in the results, %d images in the page", got.Created, got.Images)
		}
		if strings.Join(got.Scripts, " ") != "static/offsets.js static/app.js" {
			t.Errorf("scripts in the page: %q, want only the page's own", got.Scripts)
		}
		if got.Text != want.Text || !strings.Contains(got.Text, `<img src=x onerror="window.__pwned=2">`) {
			t.Errorf("advert shown as %q, want the checked text %q verbatim", got.Text, want.Text)
		}
		if got.Marks == 0 {
			t.Error("no evidence highlighted in the hostile advert")
		}
		noCSPViolations(t, ctx)
	})
}

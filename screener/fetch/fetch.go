// Package fetch downloads one job advert or feed over HTTP(S), for callers
// that were explicitly given a URL. It never runs unless asked: jobscreen
// is offline by default.
//
// Every request has a timeout, a size limit, a bounded number of
// redirects, and a User-Agent that says what is asking. Only http and https
// URLs are followed, including on redirect.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// UserAgent names jobscreen honestly to the sites it fetches from.
const UserAgent = "jobscreen/1 (+https://github.com/jobscreen/jobscreen; screens job adverts for scam signs)"

// Options bound a fetch; zero fields take the defaults.
type Options struct {
	Timeout      time.Duration // whole request, default 20 s
	MaxBytes     int64         // body limit, default 8 MiB
	MaxRedirects int           // default 5
	Client       *http.Client  // default: a fresh client with the limits above
}

// Page is what a URL returned.
type Page struct {
	URL         string // after redirects
	ContentType string // media type only, e.g. "text/html"
	Body        []byte
}

// ErrTooLarge is returned (wrapped) for a body over Options.MaxBytes.
var ErrTooLarge = errors.New("response too large")

// IsURL reports whether s is an http or https URL rather than a path.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// Get fetches rawURL within the limits of o.
func Get(ctx context.Context, rawURL string, o Options) (Page, error) {
	o = o.withDefaults()
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return Page{}, fmt.Errorf("%q is not an http or https URL", rawURL)
	}
	ctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return Page{}, err
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "text/html, text/plain, text/csv, application/json, application/x-ndjson;q=0.9, */*;q=0.5")
	resp, err := o.client().Do(req)
	if err != nil {
		return Page{}, fmt.Errorf("fetching %s: %w", rawURL, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return Page{}, fmt.Errorf("fetching %s: %s", rawURL, resp.Status)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, o.MaxBytes+1))
	if err != nil {
		return Page{}, fmt.Errorf("reading %s: %w", rawURL, err)
	}
	if int64(len(body)) > o.MaxBytes {
		return Page{}, fmt.Errorf("%s: %w (limit %d bytes)", rawURL, ErrTooLarge, o.MaxBytes)
	}
	ct, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	return Page{URL: resp.Request.URL.String(), ContentType: ct, Body: body}, nil
}

func (o Options) withDefaults() Options {
	if o.Timeout <= 0 {
		o.Timeout = 20 * time.Second
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = 8 << 20
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = 5
	}
	return o
}

// client returns the caller's client, or one that enforces the redirect
// limit and refuses to leave http(s).
func (o Options) client() *http.Client {
	if o.Client != nil {
		return o.Client
	}
	return &http.Client{CheckRedirect: func(req *http.Request, via []*http.Request) error {
		if len(via) >= o.MaxRedirects {
			return fmt.Errorf("stopped after %d redirects", o.MaxRedirects)
		}
		if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
			return fmt.Errorf("redirect to %s refused: only http and https are followed", req.URL.Scheme)
		}
		return nil
	}}
}

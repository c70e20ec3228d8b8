package htmlx

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html/charset"
)

// summaryGap is how much longer than a JSON-LD description the page's own
// advert must be (besides twice as long) for the description to count as a
// summary: about a paragraph.
const summaryGap = 256

// DefaultLimit is how many bytes Extract reads when the caller gives no limit.
const DefaultLimit int64 = 8 << 20

// ErrTooLarge is wrapped by the error Extract returns for an input over its
// limit, so callers can tell "too big" from an I/O failure with errors.Is.
var ErrTooLarge = errors.New("htmlx: input too large")

// Page is what one HTML job page yields.
type Page struct {
	Title, Company, CompanyURL, Location, Salary string
	// CompanyProfile is what the JSON-LD hiringOrganization says of itself:
	// legal name, postal address with street, description (one per line).
	CompanyProfile string
	// Body is the advert's own text: paragraphs separated by "\n\n", list
	// items as lines starting "- ". It is the JSON-LD description, or the
	// page's visible advert when that is more than twice as long and longer
	// by summaryGap bytes (the description is then only a summary).
	Body                                  string
	Education, Experience, EmploymentType string
	DatePosted, ValidThrough              string
	// URL is the JSON-LD url, else the canonical link, else og:url.
	URL string
	// Structured is true when a JSON-LD JobPosting supplied fields.
	Structured bool
	// Warnings lists what was repaired or ignored, e.g.
	// "JSON-LD block 2: invalid JSON: ... (ignored)".
	Warnings []string
}

// Extract reads at most limit bytes of HTML (limit <= 0 means DefaultLimit)
// and returns the page's advert. An input over the limit is an error that
// wraps ErrTooLarge and says the limit; broken HTML is not an error, because
// the parser repairs it the way a browser would.
func Extract(r io.Reader, limit int64) (Page, error) {
	if limit <= 0 {
		limit = DefaultLimit
	}
	// Read one byte past the limit so "exactly at the limit" is still fine.
	readMax := limit
	if readMax < math.MaxInt64 {
		readMax++
	}
	data, err := io.ReadAll(io.LimitReader(r, readMax))
	if err != nil {
		return Page{}, fmt.Errorf("htmlx: reading page: %w", err)
	}
	if int64(len(data)) > limit {
		return Page{}, fmt.Errorf("%w: the page is over the limit of %d bytes", ErrTooLarge, limit)
	}
	return extractBytes(data), nil
}

// extractBytes runs the whole pipeline on an input already known to fit.
func extractBytes(data []byte) Page {
	root, warnings := parseDocument(toUTF8(data))
	doc := goquery.NewDocumentFromNode(root)
	meta := readMeta(doc)
	posting, jsonWarnings := findPosting(jsonLDBlocks(doc))

	var p Page
	p.Warnings = append(warnings, jsonWarnings...)
	if posting != nil {
		p.applyPosting(posting)
	}
	advert := visibleAdvert(doc)
	if p.Title == "" {
		p.Title = firstNonEmpty(advertTitle(advert), meta.ogTitle, meta.title)
	}
	// Many pages put a one-paragraph summary in the JSON-LD description and
	// the advert itself (pay details, address, how to apply) only on the
	// page. The page's text wins when it is more than twice as long and
	// longer by a paragraph or more; otherwise the description is the whole
	// advert, without the page's chrome.
	if visible := renderText(advert); p.Body == "" || len(visible) > 2*len(p.Body) && len(visible) >= len(p.Body)+summaryGap {
		p.Body = visible
	}
	if p.URL == "" {
		p.URL = firstNonEmpty(meta.canonical, meta.ogURL)
	}
	p.finish()
	return p
}

// toUTF8 converts the page to UTF-8. A BOM or a byte stream that is already
// valid UTF-8 wins over a <meta charset>, because saved pages are often
// re-encoded by the browser without the meta tag being updated.
func toUTF8(data []byte) []byte {
	if rest, ok := bytes.CutPrefix(data, []byte("\xef\xbb\xbf")); ok {
		return bytes.ToValidUTF8(rest, []byte("\uFFFD"))
	}
	if utf8.Valid(data) {
		return data
	}
	enc, name, _ := charset.DetermineEncoding(data, "")
	if name != "utf-8" {
		if out, err := enc.NewDecoder().Bytes(data); err == nil {
			data = out
		}
	}
	return bytes.ToValidUTF8(data, []byte("\uFFFD"))
}

// finish guarantees the promises the screener relies on: valid UTF-8, no
// control characters, and one-line fields without line breaks.
func (p *Page) finish() {
	for _, f := range []*string{&p.Title, &p.Company, &p.CompanyURL, &p.Location, &p.Salary,
		&p.Education, &p.Experience, &p.EmploymentType, &p.DatePosted, &p.ValidThrough, &p.URL} {
		*f = oneLine(*f)
	}
	p.Body = stripControls(p.Body)
	p.CompanyProfile = stripControls(p.CompanyProfile)
	for i, w := range p.Warnings {
		p.Warnings[i] = oneLine(w)
	}
}

// stripControls turns tabs and the like into spaces and drops the other
// control characters: they carry no meaning in advert text and upset
// terminals and JSON consumers. Newlines stay, as Body's structure.
func stripControls(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\t' || r == '\r' || r == '\v' || r == '\f':
			return ' '
		case r < 0x20 || r == 0x7f:
			return -1
		}
		return r
	}, s)
}

// oneLine collapses all whitespace, line breaks included, into single spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(stripControls(s)), " ")
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

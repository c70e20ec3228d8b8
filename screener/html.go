package screener

import (
	"context"
	"io"

	"github.com/jobscreen/jobscreen/screener/internal/htmlx"
)

// ErrPageTooLarge is returned (wrapped) for an HTML page over the size
// limit, so callers can answer "too large" rather than "malformed".
var ErrPageTooLarge = htmlx.ErrTooLarge

// ListingFromHTML reads a saved job page: the advert's own text without the
// site's navigation, footer and "similar jobs" boxes, and the fields of a
// JSON-LD JobPosting when the page has one. It returns warnings about parts
// of the page it had to skip. Pages over limit bytes (0: 8 MiB) are an
// error.
func ListingFromHTML(r io.Reader, limit int64) (Listing, []string, error) {
	p, err := htmlx.Extract(r, limit)
	if err != nil {
		return Listing{}, nil, err
	}
	l := Listing{
		URL: p.URL, Title: p.Title, Company: p.Company, Location: p.Location, Salary: p.Salary,
		Body: p.Body, Education: p.Education, Experience: p.Experience, EmploymentType: p.EmploymentType,
		DatePosted: p.DatePosted, ValidThrough: p.ValidThrough, CompanyProfile: p.CompanyProfile,
	}
	return l, p.Warnings, nil
}

// LooksLikeHTML reports whether the start of an input is an HTML page or
// fragment rather than plain text.
func LooksLikeHTML(head []byte) bool { return htmlx.LooksLikeHTML(head) }

// ScreenHTML screens a saved job page; see ListingFromHTML.
func (s *Screener) ScreenHTML(ctx context.Context, r io.Reader) (Report, error) {
	l, warnings, err := ListingFromHTML(r, int64(s.opts.MaxTextBytes)*8)
	if err != nil {
		return Report{}, err
	}
	rep, err := s.Screen(ctx, l)
	if err != nil {
		return Report{}, err
	}
	rep.Source = "html"
	rep.Warnings = append(rep.Warnings, warnings...)
	return rep, nil
}

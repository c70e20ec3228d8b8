package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/jobscreen/jobscreen/screener/batch"
	"github.com/jobscreen/jobscreen/screener/report"
)

// sink writes batch results in one output format, as they arrive, so an
// interrupted run keeps everything already screened.
type sink interface {
	write(batch.Result) error
	close(batch.Summary) error
}

func newSink(format string, w io.Writer, excel bool, title string) sink {
	switch format {
	case "ndjson":
		return &ndjsonSink{w: w}
	case "json":
		return &jsonSink{w: w}
	case "html":
		return &htmlSink{h: report.NewHTMLWriter(w, title)}
	}
	return &csvSink{c: report.NewCSVWriter(w, excel)}
}

// resultID is the id a result is reported under: the listing's own, else
// where it came from (file path, file:line).
func resultID(r batch.Result) string {
	if r.Item.Listing.ID != "" {
		return r.Item.Listing.ID
	}
	return r.Item.Source
}

type csvSink struct{ c *report.CSVWriter }

func (s *csvSink) write(r batch.Result) error {
	return s.c.Write(resultID(r), r.Item.Source, r.Report, r.Err)
}
func (s *csvSink) close(batch.Summary) error { return s.c.Flush() }

type htmlSink struct{ h *report.HTMLWriter }

func (s *htmlSink) write(r batch.Result) error {
	return s.h.Write(resultID(r), r.Item.Source, r.Report, r.Err)
}
func (s *htmlSink) close(sum batch.Summary) error { return s.h.Close(report.Summary(sum)) }

// errorLine stands in for a listing that could not be screened, so line N
// of the output still answers line N of the input.
type errorLine struct {
	ID     string `json:"id"`
	Source string `json:"source"`
	Error  string `json:"error"`
}

func jsonValue(r batch.Result) any {
	if r.Err != nil {
		return errorLine{ID: resultID(r), Source: r.Item.Source, Error: r.Err.Error()}
	}
	if r.Report.ID == "" {
		r.Report.ID = resultID(r)
	}
	return r.Report
}

type ndjsonSink struct{ w io.Writer }

func (s *ndjsonSink) write(r batch.Result) error {
	b, err := json.Marshal(jsonValue(r))
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(s.w, "%s\n", b)
	return err
}
func (s *ndjsonSink) close(batch.Summary) error { return nil }

// jsonSink streams one JSON array: "[" before the first element, "]" at
// the end, so memory stays flat however long the batch.
type jsonSink struct {
	w io.Writer
	n int
}

func (s *jsonSink) write(r batch.Result) error {
	b, err := json.MarshalIndent(jsonValue(r), "  ", "  ")
	if err != nil {
		return err
	}
	sep := ",\n  "
	if s.n == 0 {
		sep = "[\n  "
	}
	s.n++
	_, err = fmt.Fprintf(s.w, "%s%s", sep, b)
	return err
}

func (s *jsonSink) close(batch.Summary) error {
	end := "\n]\n"
	if s.n == 0 {
		end = "[]\n"
	}
	_, err := io.WriteString(s.w, end)
	return err
}

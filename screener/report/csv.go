package report

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/jobscreen/jobscreen/screener"
)

// csvHeader is the column contract of the batch CSV.
var csvHeader = []string{"id", "source", "score", "band", "points", "rules", "evidence", "error"}

// Evidence summary bounds: enough to recognise the sign in a spreadsheet.
const (
	csvSnippets   = 3
	csvSnippetLen = 60
)

// CSVWriter streams one row per screened listing, for spreadsheets.
type CSVWriter struct {
	w       io.Writer
	cw      *csv.Writer
	excel   bool
	started bool
}

// NewCSVWriter returns a writer to w. With excelBOM the file starts with a
// UTF-8 byte-order mark (so Excel reads it as UTF-8) and text cells that
// start with = + - @ are prefixed with ' so Excel never runs an advert's
// text as a formula.
func NewCSVWriter(w io.Writer, excelBOM bool) *CSVWriter {
	return &CSVWriter{w: w, cw: csv.NewWriter(w), excel: excelBOM}
}

// Write adds the row of one listing; err, when set, is what went wrong
// reading or screening it, and rep is then ignored.
func (c *CSVWriter) Write(id, source string, rep screener.Report, err error) error {
	if e := c.start(); e != nil {
		return e
	}
	row := []string{c.cell(id), c.cell(source), "", "", "", "", "", ""}
	if err != nil {
		row[7] = c.cell(err.Error())
		return c.cw.Write(row)
	}
	ids := make([]string, len(rep.Findings))
	for i, f := range rep.Findings {
		ids[i] = f.RuleID
	}
	row[2], row[3], row[4] = strconv.Itoa(rep.Score), string(rep.Band), strconv.Itoa(rep.Points)
	row[5], row[6] = strings.Join(ids, " "), EvidenceSummary(rep)
	return c.cw.Write(row)
}

// Flush writes out buffered rows (and the header, for an empty batch).
func (c *CSVWriter) Flush() error {
	if err := c.start(); err != nil {
		return err
	}
	c.cw.Flush()
	return c.cw.Error()
}

func (c *CSVWriter) start() error {
	if c.started {
		return nil
	}
	c.started = true
	if c.excel {
		if _, err := io.WriteString(c.w, "\ufeff"); err != nil {
			return err
		}
	}
	return c.cw.Write(csvHeader)
}

func (c *CSVWriter) cell(s string) string {
	if c.excel && s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		return "'" + s
	}
	return s
}

// EvidenceSummary quotes up to three evidence snippets of rep, in finding
// order, each with whitespace collapsed and cut to 60 characters.
func EvidenceSummary(rep screener.Report) string {
	var parts []string
	for _, f := range rep.Findings {
		for _, e := range f.Evidence {
			if len(parts) == csvSnippets {
				return strings.Join(parts, "; ")
			}
			parts = append(parts, `"`+cut(strings.Join(strings.Fields(e.Text), " "), csvSnippetLen)+`"`)
		}
	}
	return strings.Join(parts, "; ")
}

// cut shortens s to at most n runes, marking the cut with an ellipsis.
func cut(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

package report

import (
	"encoding/json"
	"io"

	"github.com/jobscreen/jobscreen/screener"
)

// JSON writes one report as indented JSON. The field names are a contract
// other tools rely on: score, band, text, findings[rule_id, title, points,
// why, advice, evidence[text, start, end]].
func JSON(w io.Writer, rep screener.Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(rep)
}

// NDJSON writes one report as a single line of JSON.
func NDJSON(w io.Writer, rep screener.Report) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(rep)
}

package report

import (
	"bytes"
	"encoding/json"
	"io"
	"sync"

	"github.com/jobscreen/jobscreen/screener"
)

// JSON writes one report as indented JSON. The field names are a contract
// other tools rely on: score, band, text, findings[rule_id, title, points,
// why, advice, evidence[text, start, end]].
func JSON(w io.Writer, rep screener.Report) error {
	e := indenters.Get().(*indenter)
	e.buf.Reset()
	err := e.enc.Encode(rep)
	if err == nil {
		compact := bytes.TrimSuffix(e.buf.Bytes(), []byte("\n"))
		e.out = append(appendIndented(e.out[:0], compact), '\n')
		_, err = w.Write(e.out)
	}
	if e.buf.Cap()+cap(e.out) <= 1<<21 { // a rare huge report's buffers are let go
		indenters.Put(e)
	}
	return err
}

// indenter is a compact encoder with the buffer it writes to, and a buffer
// for the indented form; reusing them spares growing both from nothing for
// every report, which was most of the HTTP handler's allocation.
type indenter struct {
	buf bytes.Buffer
	enc *json.Encoder
	out []byte
}

var indenters = sync.Pool{New: func() any {
	e := &indenter{}
	e.enc = json.NewEncoder(&e.buf)
	e.enc.SetEscapeHTML(false)
	return e
}}

// NDJSON writes one report as a single line of JSON.
func NDJSON(w io.Writer, rep screener.Report) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(rep)
}

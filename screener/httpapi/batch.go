package httpapi

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"time"

	"github.com/jobscreen/jobscreen/screener/report"
)

// lineBudget is how long one batch line may take to arrive and be
// answered. The server's ReadTimeout and WriteTimeout bound a whole
// request, which would cut a long batch short; each line pushes both
// deadlines on instead, so a stalled client is still dropped.
const lineBudget = 30 * time.Second

// lineError stands in a batch output for a line that could not be
// screened, so that output line N still answers input line N.
type lineError struct {
	Line   int    `json:"line"`
	Error  string `json:"error"`
	Status int    `json:"status"`
}

// handleBatch screens NDJSON line by line and streams each report as soon
// as it is ready. Lines run one after another in the request's single
// slot: a batch must not starve single requests of the shared slots, and
// in-order streaming needs no reordering buffer this way.
func (s *Server) handleBatch(w http.ResponseWriter, r *http.Request) {
	if _, err := bodyKind(r.Header.Get("Content-Type"), true); err != nil {
		ae := classify(err)
		writeError(w, ae.Status, ae.Message)
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes)
	rc := http.NewResponseController(w)
	// HTTP/1.1 would otherwise stop reading the body at the first
	// flushed report; errors mean the writer is already full duplex.
	_ = rc.EnableFullDuplex()
	w.Header().Set("Content-Type", "application/x-ndjson")
	in := bufio.NewReaderSize(r.Body, 64<<10)
	out := bufio.NewWriterSize(w, 16<<10)
	answered := 0
	for n := 1; ; n++ {
		_ = rc.SetReadDeadline(time.Now().Add(lineBudget))
		line, err := in.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 && (err == nil || errors.Is(err, io.EOF)) {
			s.batchLine(r, out, n, line)
			answered++
		}
		if err != nil {
			s.endBatch(w, out, n, answered, err)
			break
		}
		_ = rc.SetWriteDeadline(time.Now().Add(lineBudget))
		if answered > 0 && (out.Flush() != nil || rc.Flush() != nil) {
			return // the client has gone
		}
	}
	if out.Flush() == nil {
		_ = rc.Flush()
	}
}

// endBatch handles the end of the input. Before the first answer nothing
// has been sent, so an empty or oversized body still gets a proper error
// status; after it, the error can only be one more line of the stream.
func (s *Server) endBatch(w http.ResponseWriter, out io.Writer, n, answered int, err error) {
	switch {
	case answered == 0 && errors.Is(err, io.EOF):
		writeError(w, http.StatusBadRequest, "the body is empty; send one listing per line")
	case answered == 0:
		ae := classify(err)
		writeError(w, ae.Status, ae.Message)
	case !errors.Is(err, io.EOF):
		ae := classify(err)
		writeLine(out, lineError{Line: n, Error: ae.Message, Status: ae.Status})
	}
}

// batchLine screens one line and writes its report or its error.
func (s *Server) batchLine(r *http.Request, out io.Writer, n int, line []byte) {
	req, err := decodeRequest(line)
	if err == nil {
		rep, serr := s.screenOne(r.Context(), req)
		if serr == nil {
			s.metrics.report(rep.Band)
			_ = report.NDJSON(out, rep)
			return
		}
		err = serr
	}
	ae := classify(err)
	writeLine(out, lineError{Line: n, Error: ae.Message, Status: ae.Status})
}

func writeLine(w io.Writer, v lineError) {
	b, _ := json.Marshal(v)
	_, _ = w.Write(append(b, '\n'))
}

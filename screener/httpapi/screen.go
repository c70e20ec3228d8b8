package httpapi

import (
	"bytes"
	"context"
	"mime"
	"net/http"
	"reflect"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/jobscreen/jobscreen/screener"
	"github.com/jobscreen/jobscreen/screener/report"
)

// screenRequest is the JSON body of /v1/screen and one line of a batch: a
// listing with screener.Listing's field names, or a saved page as
// {"id": …, "html": "<page>"}.
type screenRequest struct {
	screener.Listing
	HTML string `json:"html,omitempty"`
}

// Body kinds /v1/screen accepts, read from Content-Type.
const (
	kindJSON = "json"
	kindText = "text"
	kindHTML = "html"
)

func (s *Server) handleScreen(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes)
	rep, err := s.screenBody(r)
	if err != nil {
		ae := classify(err)
		writeError(w, ae.Status, ae.Message)
		return
	}
	// Encode before writing anything, so a failure is still a clean 500
	// and not a 200 with half a report.
	buf := bufPool.Get().(*bytes.Buffer)
	defer putBuf(buf)
	if err := report.JSON(buf, rep); err != nil {
		writeError(w, http.StatusInternalServerError, "internal error")
		return
	}
	s.metrics.report(rep.Band)
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(buf.Bytes())
}

// bufPool recycles response buffers: a report is several times the size
// of its advert, and growing a fresh buffer for each was a third of the
// handler's allocations.
var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func putBuf(b *bytes.Buffer) {
	if b.Cap() > 1<<20 {
		return // let a rare huge report's buffer go rather than pin it
	}
	b.Reset()
	bufPool.Put(b)
}

// screenBody reads the body as its Content-Type says and screens it.
func (s *Server) screenBody(r *http.Request) (screener.Report, error) {
	kind, err := bodyKind(r.Header.Get("Content-Type"), false)
	if err != nil {
		return screener.Report{}, err
	}
	body, err := readBody(r)
	if err != nil {
		return screener.Report{}, err
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return screener.Report{}, fail(http.StatusBadRequest, "the body is empty; send an advert")
	}
	ctx := r.Context()
	switch kind {
	case kindText:
		return s.screen(ctx, screener.Listing{Body: string(validUTF8(body))})
	case kindHTML:
		return s.screenHTML(ctx, bytes.NewReader(validUTF8(body)))
	}
	req, err := decodeRequest(body)
	if err != nil {
		return screener.Report{}, err
	}
	return s.screenOne(ctx, req)
}

// bodyKind reads a Content-Type. Only UTF-8 is accepted: a report's
// evidence offsets are UTF-8 byte offsets, and transcoding would make
// them point at bytes the client never sent.
func bodyKind(ct string, ndjson bool) (string, error) {
	want := "application/json, text/plain or text/html"
	if ndjson {
		want = "application/x-ndjson"
	}
	if ct == "" {
		return "", fail(http.StatusUnsupportedMediaType, "Content-Type is required: "+want)
	}
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil {
		return "", fail(http.StatusUnsupportedMediaType, "unreadable Content-Type; send "+want)
	}
	if cs := strings.ToLower(params["charset"]); cs != "" && cs != "utf-8" && cs != "us-ascii" {
		return "", fail(http.StatusUnsupportedMediaType, "only UTF-8 text is accepted")
	}
	kinds := map[string]string{"application/json": kindJSON, "text/plain": kindText, "text/html": kindHTML}
	if ndjson {
		kinds = map[string]string{"application/x-ndjson": kindJSON, "application/jsonl": kindJSON,
			"application/json": kindJSON}
	}
	kind, ok := kinds[mt]
	if !ok {
		return "", fail(http.StatusUnsupportedMediaType, "Content-Type "+mt+" is not supported; send "+want)
	}
	return kind, nil
}

// readBody reads the whole (already size-capped) body, sized up front
// when the client said how long it is.
func readBody(r *http.Request) ([]byte, error) {
	var buf bytes.Buffer
	if n := r.ContentLength; n > 0 && n < 64<<20 {
		buf.Grow(int(n) + bytes.MinRead)
	}
	_, err := buf.ReadFrom(r.Body)
	return buf.Bytes(), err
}

// validUTF8 replaces invalid bytes with U+FFFD. JSON cannot carry invalid
// UTF-8, so without this the report's text would be repaired on the way
// out and its byte offsets would no longer line up with it.
func validUTF8(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	return bytes.ToValidUTF8(b, []byte("\uFFFD"))
}

// screenOne screens a decoded request: a listing, or a page under "html".
func (s *Server) screenOne(ctx context.Context, req screenRequest) (screener.Report, error) {
	rest := req.Listing
	rest.ID = ""
	empty := reflect.ValueOf(rest).IsZero()
	if req.HTML == "" {
		if empty {
			return screener.Report{}, fail(http.StatusBadRequest, "the listing is empty; give at least \"body\"")
		}
		return s.screen(ctx, req.Listing)
	}
	if !empty {
		return screener.Report{}, fail(http.StatusBadRequest, "\"html\" takes no other fields but \"id\"")
	}
	rep, err := s.screenHTML(ctx, strings.NewReader(req.HTML))
	rep.ID = req.ID
	return rep, err
}

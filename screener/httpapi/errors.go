package httpapi

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"

	"github.com/jobscreen/jobscreen/screener"
)

// apiError is an error with the status it deserves. Its message is shown
// to the client, so it is only ever built from our own words.
type apiError struct {
	Message string `json:"error"`
	Status  int    `json:"status"`
}

func (e *apiError) Error() string { return e.Message }

func fail(status int, msg string) *apiError { return &apiError{Message: msg, Status: status} }

// writeError writes the one error shape every route uses.
func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, apiError{Message: msg, Status: status})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status, b = http.StatusInternalServerError, []byte(`{"error":"internal error","status":500}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n'))
}

// classify maps an error from reading the body or screening to what the
// client may see. Anything unexpected becomes a bare 500: screener errors
// may quote the listing's id, and internal ones say nothing a client can
// act on.
func classify(err error) *apiError {
	var ae *apiError
	var tooBig *http.MaxBytesError
	var tooLong *screener.TooLargeError
	switch {
	case errors.As(err, &ae):
		return ae
	case errors.As(err, &tooBig):
		return fail(http.StatusRequestEntityTooLarge, "request body is over the limit of "+strconv.FormatInt(tooBig.Limit, 10)+" bytes")
	case errors.As(err, &tooLong), errors.Is(err, screener.ErrPageTooLarge):
		return fail(http.StatusRequestEntityTooLarge, "the advert is longer than this server screens")
	case errors.Is(err, context.DeadlineExceeded):
		return fail(http.StatusServiceUnavailable, "screening took too long; retry shortly")
	case errors.Is(err, context.Canceled):
		// The client has gone; the status is for the metrics only.
		return fail(http.StatusServiceUnavailable, "request cancelled")
	}
	return fail(http.StatusInternalServerError, "internal error")
}

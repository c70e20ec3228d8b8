package httpapi

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"reflect"
	"strings"
)

// decodeRequest decodes exactly one JSON object. Unknown fields are an
// error rather than ignored: a misspelt "bdy" would otherwise screen an
// empty listing and report it as low risk.
func decodeRequest(b []byte) (screenRequest, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var req screenRequest
	if err := dec.Decode(&req); err != nil {
		return req, fail(http.StatusBadRequest, jsonProblem(err))
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return req, fail(http.StatusBadRequest, "malformed JSON: extra data after the object")
	}
	return req, nil
}

// jsonProblem words a decoding error for the client in JSON terms; the
// decoder's own messages name Go types, which mean nothing to a caller.
func jsonProblem(err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return fmt.Sprintf("malformed JSON at byte %d: %s", syn.Offset, syn.Error())
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "malformed JSON: the object is cut short"
	case errors.As(err, &typ):
		field := strings.TrimPrefix(typ.Field, "Listing.")
		if field == "" {
			return "the body must be a JSON object"
		}
		return fmt.Sprintf("field %q must be %s", field, jsonKind(typ.Type))
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		return strings.TrimPrefix(err.Error(), "json: ") + "; see /v1/openapi.json for the fields"
	}
	return "malformed JSON"
}

func jsonKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Slice:
		return "an array of strings"
	case reflect.Struct:
		return "an object"
	}
	return "of another type"
}

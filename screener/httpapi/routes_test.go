package httpapi

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestOpenAPI decodes the embedded document and checks that it and the
// server agree: every route is documented and every documented operation
// is served.
func TestOpenAPI(t *testing.T) {
	h := newTestServer(t, Config{}).Handler()
	w := do(h, "GET", "/v1/openapi.json", "", "")
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &doc); err != nil || w.Code != 200 {
		t.Fatalf("%d %v", w.Code, err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.1") {
		t.Fatalf("openapi %q", doc.OpenAPI)
	}
	routes := map[string]string{"/v1/screen": "post", "/v1/screen/batch": "post", "/v1/rules": "get",
		"/v1/openapi.json": "get", "/healthz": "get", "/metrics": "get", "/": "get", "/static/{name}": "get"}
	for path, method := range routes {
		if _, ok := doc.Paths[path][method]; !ok {
			t.Errorf("%s %s is not documented", method, path)
		}
	}
	for path, ops := range doc.Paths {
		for method := range ops {
			if routes[path] != method {
				t.Errorf("documented %s %s is not served", method, path)
			}
		}
	}
	if n := strings.Count(w.Body.String(), `"$ref": "#/components/`); n < 10 {
		t.Errorf("only %d component references", n)
	}
	checkRefs(t, w.Body.Bytes())
}

// checkRefs resolves every $ref, so a renamed schema cannot dangle.
func checkRefs(t *testing.T, raw []byte) {
	var doc struct {
		Components map[string]map[string]json.RawMessage `json:"components"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	for _, part := range strings.Split(string(raw), `"$ref": "#/components/`)[1:] {
		ref := part[:strings.IndexByte(part, '"')]
		kind, name, _ := strings.Cut(ref, "/")
		if _, ok := doc.Components[kind][name]; !ok {
			t.Errorf("dangling $ref %s", ref)
		}
	}
}

func TestRulesAndHealth(t *testing.T) {
	h := newTestServer(t, Config{}).Handler()
	w := do(h, "GET", "/healthz", "", "")
	if w.Code != 200 || strings.TrimSpace(w.Body.String()) != `{"status":"ok"}` {
		t.Fatalf("healthz %d %s", w.Code, w.Body.String())
	}
	w = do(h, "GET", "/v1/rules", "", "")
	var doc rulesDoc
	if err := json.Unmarshal(w.Body.Bytes(), &doc); err != nil || w.Code != 200 {
		t.Fatalf("%d %v", w.Code, err)
	}
	if len(doc.Rules) < 10 || doc.Thresholds.High == 0 {
		t.Fatalf("%d rules, thresholds %+v", len(doc.Rules), doc.Thresholds)
	}
	for _, r := range doc.Rules {
		if r.ID == "" || r.Title == "" || r.Why == "" || r.Advice == "" || r.Refs == nil {
			t.Fatalf("rule lacks a field: %+v", r)
		}
	}
	for _, tc := range []struct{ method, path, allow string }{
		{"POST", "/healthz", "GET, HEAD"}, {"DELETE", "/v1/rules", "GET, HEAD"}, {"POST", "/metrics", "GET, HEAD"},
	} {
		w := do(h, tc.method, tc.path, "", "")
		if w.Code != 405 || w.Header().Get("Allow") != tc.allow {
			t.Errorf("%s %s: %d Allow %q", tc.method, tc.path, w.Code, w.Header().Get("Allow"))
		}
		errorBody(t, w)
	}
	w = do(h, "GET", "/v2/screen", "", "")
	if w.Code != 404 {
		t.Fatalf("unknown route %d", w.Code)
	}
	errorBody(t, w)
}

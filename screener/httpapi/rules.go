package httpapi

import (
	"encoding/json"
	"net/http"
	"strings"

	"github.com/jobscreen/jobscreen/screener"
)

// ruleDoc is what a client needs to explain a finding: the same words the
// report uses, keyed by the rule_id a finding carries.
type ruleDoc struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Group    string   `json:"group"`
	Severity string   `json:"severity"`
	Points   int      `json:"points"`
	Pack     string   `json:"pack"`
	Why      string   `json:"why"`
	Advice   string   `json:"advice"`
	Refs     []string `json:"refs"`
}

type rulesDoc struct {
	Thresholds screener.Thresholds `json:"thresholds"`
	Rules      []ruleDoc           `json:"rules"`
}

// rulesDocument renders /v1/rules once: the Screener is immutable, so
// the answer never changes while the server runs. Internal rules are left
// out because they never appear in a report.
func rulesDocument(s *screener.Screener) []byte {
	doc := rulesDoc{Thresholds: s.Thresholds(), Rules: []ruleDoc{}}
	for _, r := range s.Rules() {
		if r.Internal {
			continue
		}
		refs := r.Refs
		if refs == nil {
			refs = []string{}
		}
		doc.Rules = append(doc.Rules, ruleDoc{ID: r.ID, Title: r.Title, Group: r.Group, Severity: r.Severity,
			Points: r.Points, Pack: s.PackOf(r.ID), Why: strings.TrimSpace(r.Why),
			Advice: strings.TrimSpace(r.Advice), Refs: refs})
	}
	b, err := json.Marshal(doc)
	if err != nil {
		// Only strings and ints: Marshal cannot fail on them.
		panic(err)
	}
	return append(b, '\n')
}

func (s *Server) handleRules(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(s.rulesJSON)
}

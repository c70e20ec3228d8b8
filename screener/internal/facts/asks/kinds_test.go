package asks

import (
	"slices"
	"testing"

	"github.com/jobscreen/jobscreen/rules"
)

// TestKindsAreRuleValues checks that every kind the lexicon can label a
// finding with is a value the rules' kind parameters accept, so a rule can
// name it and validation would catch a typo.
func TestKindsAreRuleValues(t *testing.T) {
	allowed := map[cat][]string{catFee: rules.FeeKinds, catBareFee: rules.FeeKinds,
		catPayment: rules.PaymentKinds, catDocument: rules.DocumentKinds, catData: rules.DataKinds}
	for _, p := range phrases {
		if vals, ok := allowed[p.tag.cat]; ok && !slices.Contains(vals, p.tag.kind) {
			t.Errorf("phrase %q: kind %q is not in the rules' values %v", p.text, p.tag.kind, vals)
		}
	}
	if !slices.Contains(rules.FeeKinds, "application") {
		t.Error("official fees are relabelled application; rules.FeeKinds must hold it")
	}
}

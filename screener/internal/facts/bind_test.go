package facts

import (
	"slices"
	"testing"

	"github.com/jobscreen/jobscreen/rules"
)

// The rule vocabulary and the implementations must agree, or a rule could
// name a fact that silently never fires.
func TestEveryCatalogueFactIsImplemented(t *testing.T) {
	want, got := rules.FactNames(), Implemented()
	if !slices.Equal(want, got) {
		t.Errorf("catalogue %v\nimplemented %v", want, got)
	}
}

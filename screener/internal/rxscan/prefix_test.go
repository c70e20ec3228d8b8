package rxscan

import "testing"

// TestEnumSameAsReference checks the remembering enumeration against the
// old one over the package's own test patterns.
func TestEnumSameAsReference(t *testing.T) {
	for _, p := range append(append([]string{}, patterns...), gated...) {
		if err := SameAsReference(p); err != nil {
			t.Error(err)
		}
	}
}

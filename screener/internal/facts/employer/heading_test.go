package employer

import "testing"

// TestMayBeHeading checks the quick test never rejects what headingRe finds.
func TestMayBeHeading(t *testing.T) {
	for _, s := range []string{"join acme", "  * about us", "\n#- at nexa", "welcome to x", "work with us", "careers at x",
		"life at x", "joinx", "abo", "", "-", "we are", "\tjoin\tx", "at"} {
		if headingRe.MatchString(s) && !mayBeHeading(s) {
			t.Errorf("%q: headingRe matches but mayBeHeading says no", s)
		}
	}
}

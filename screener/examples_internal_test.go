package screener

import (
	"slices"
	"testing"

	"github.com/jobscreen/jobscreen/rules"
)

// Every field a rule may name can be set by a field example.
func TestFieldExamplesCoverEveryField(t *testing.T) {
	for _, name := range rules.FieldNames {
		var l Listing
		if fieldPtr(&l, name) == nil {
			t.Errorf("field %q cannot be set by a field example", name)
		}
	}
	l := listingOf(map[string]string{"has_company_logo": "0", "company_profile": ""})
	if l.HasCompanyLogo != "0" || !slices.Contains(l.Provided, "company_profile") {
		t.Errorf("listingOf = %+v", l)
	}
}

package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestLongerTitleAt checks that a role whose title ends another role's
// longer title, for the same person and org, is the same post read short,
// and that other roles are not. All names are invented.
func TestLongerTitleAt(t *testing.T) {
	roles := []schema.Role{
		{Person: "Ana Ruiz", Title: "Acting U.S. Attorney", Org: "District of Vermont"},
		{Person: "Ana Ruiz", Title: "Attorney", Org: "District of Vermont"},
		{Person: "Ana Ruiz", Title: "Attorney", Org: "Harbor Police"},
		{Person: "Ben Toll", Title: "Attorney", Org: "District of Vermont"},
		{Person: "Ben Toll", Title: "Chief", Org: "Harbor Police"},
		{Person: "Ben Toll", Title: "Deputy Chief", Org: "Harbor Police"},
	}
	want := []bool{false, true, false, false, true, false}
	d := &doc{roles: roles}
	for i, r := range roles {
		if got := d.longerTitleAt(r); got != want[i] {
			t.Errorf("longerTitleAt(%+v) = %v, want %v", r, got, want[i])
		}
	}
}

// TestOutputRoleOnce checks that a role read twice is written once.
func TestOutputRoleOnce(t *testing.T) {
	r := schema.Role{Person: "Ana Ruiz", Title: "Assistant U.S. Attorney", Org: "District of Vermont"}
	d := &doc{roles: []schema.Role{r, r}}
	var x schema.Extraction
	d.output(&x)
	if len(x.Roles) != 1 {
		t.Errorf("output roles %+v, want one", x.Roles)
	}
}

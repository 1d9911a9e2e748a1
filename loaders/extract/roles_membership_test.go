package extract

import "testing"

// TestGroupMembershipNoRole checks that membership of a criminal group is
// read as a tie (memberOf) and left out of the roles, while a post in the
// group (its leader) stays a role. All copy is invented.
func TestGroupMembershipNoRole(t *testing.T) {
	cases := []struct {
		name, text, rel string
		role            bool
	}{
		{"member apposition", "Police arrested Ramon Ortega Villa, a member of the Gulf Cartel, on Monday.",
			"Ramon Ortega Villa|memberOf|Gulf Cartel", false},
		{"alleged member copula", "Ramon Ortega Villa is allegedly a member of the Gulf Cartel.",
			"Ramon Ortega Villa|memberOf|Gulf Cartel", false},
		{"leader apposition", "Police arrested Ramon Ortega Villa, a leader of the Gulf Cartel, on Monday.",
			"Ramon Ortega Villa|leads|Gulf Cartel", true},
	}
	ex := newExtractor(t)
	for _, c := range cases {
		x := ex.Extract(article("Gang news\n\n" + c.text + "\n"))
		rel := false
		for _, r := range x.Relations {
			if r.Subject+"|"+r.Predicate+"|"+r.Object == c.rel {
				rel = true
			}
		}
		role := false
		for _, r := range x.Roles {
			if r.Person == "Ramon Ortega Villa" && r.Org == "Gulf Cartel" {
				role = true
			}
		}
		if !rel || role != c.role {
			t.Errorf("%s: Extract(%q) relations %+v roles %+v; want %s, role %v", c.name, c.text, x.Relations, x.Roles, c.rel, c.role)
		}
	}
}

package extract

import "testing"

// TestPartyTagApposedTitle checks that "member of the BODY" apposed to a
// senator with a party tag in parentheses is the senator's post: the
// guests he met after it are not members of his committee. All copy is
// invented.
func TestPartyTagApposedTitle(t *testing.T) {
	ex := newExtractor(t)
	x := ex.Extract(article("Senator Meets Delegation\n\nWASHINGTON – U.S. Senator Dale Pritchard (R-Idaho), ranking member of the Senate Fisheries Committee, yesterday met with Freedonian Foreign Minister Ana Quevedo and Justice Minister Rafael Ostos.\n"))
	for _, p := range []string{"Ana Quevedo", "Rafael Ostos"} {
		if hasRole(x, p, "Senate Fisheries Committee") {
			t.Errorf("roles = %+v, want no post of %s at the committee", x.Roles, p)
		}
		for _, r := range x.Relations {
			if r.Subject == p && r.Predicate == "memberOf" {
				t.Errorf("relations = %+v, want no memberOf for %s", x.Relations, p)
			}
		}
	}
	if !hasRole(x, "Dale Pritchard", "Senate Fisheries Committee") {
		t.Errorf("roles = %+v, want Dale Pritchard at the committee", x.Roles)
	}
}

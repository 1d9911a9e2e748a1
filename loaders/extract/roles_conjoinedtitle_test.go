package extract

import "testing"

// TestConjoinedTitleRoles checks that a second title joined by "and" to
// a person's apposed post gives the person that post at the body named
// after its "of", and the tie the post states; a clause that is no
// apposition gives nothing. All copy is invented.
func TestConjoinedTitleRoles(t *testing.T) {
	ex := newExtractor(t)
	tests := []struct {
		name, text, person, title, body, pred string
		want                                  bool
	}{
		{"chairman of its subcommittee", "Fishing Rights Statement\n\nWASHINGTON – Senator Hollis Grane (D-Vt.), a senior member of the Senate Fisheries Committee and Chairman of its Subcommittee on Coastal Waters, Ports, and Harbors, today urged the administration to reopen talks with Freedonia.\n",
			"Hollis Grane", "Chairman", "Subcommittee on Coastal Waters, Ports, and Harbors", "leads", true},
		{"member of a cartel after a former post", "Former Commander Sentenced\n\nHOUSTON – Ramiro Ostos Vela, a former commander of the Sylvanian Border Police and member of the Gulf Cartel, was sentenced today to 20 years in prison.\n",
			"Ramiro Ostos Vela", "", "Gulf Cartel", "memberOf", true},
		{"no apposition before the first body", "Senator Meets Panel\n\nWASHINGTON – Senator Hollis Grane (D-Vt.) met with the Senate Fisheries Committee and Chairman of the Subcommittee on Coastal Waters, Ports, and Harbors Ana Quevedo on Tuesday.\n",
			"Hollis Grane", "Chairman", "Subcommittee on Coastal Waters, Ports, and Harbors", "leads", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := ex.Extract(article(tt.text))
			if tt.title != "" && hasRole(x, tt.person, tt.body) != tt.want {
				t.Errorf("role of %s at %s = %v, want %v; roles = %+v", tt.person, tt.body, !tt.want, tt.want, x.Roles)
			}
			got := false
			for _, r := range x.Relations {
				got = got || r.Subject == tt.person && r.Predicate == tt.pred && r.Object == tt.body
			}
			if got != tt.want {
				t.Errorf("%s %s %s = %v, want %v; relations = %+v", tt.person, tt.pred, tt.body, got, tt.want, x.Relations)
			}
		})
	}
}

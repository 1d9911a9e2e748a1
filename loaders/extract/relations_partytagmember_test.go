package extract

import "testing"

// TestPartyTagMember checks that "a member of the BODY" apposed to a
// legislator whose name a party tag in parentheses follows makes the
// legislator a member of the body; a ranking member's post does not. All
// copy is invented.
func TestPartyTagMember(t *testing.T) {
	ex := newExtractor(t)
	tests := []struct {
		name, text, person, body string
		want                     bool
	}{
		{"member after a party tag", "Senator Urges Talks\n\nWASHINGTON – Sen. Marta Quillon (D-Vt.), a member of the Senate Fisheries Committee, today urged the administration to reopen talks with Freedonia.\n",
			"Marta Quillon", "Senate Fisheries Committee", true},
		{"senior member after a party tag", "Senator Opposes Pact\n\nWASHINGTON – Senator Hollis Grane (R-Maine), a senior member of the Senate Fisheries Committee, spoke out against the proposed pact with Sylvania on Tuesday.\n",
			"Hollis Grane", "Senate Fisheries Committee", true},
		{"ranking member after a party tag", "Senator Meets Envoy\n\nWASHINGTON – Sen. Dale Pritchard (R-Idaho), ranking member of the Senate Fisheries Committee, met with the Freedonian envoy on Monday.\n",
			"Dale Pritchard", "Senate Fisheries Committee", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := ex.Extract(article(tt.text))
			got := false
			for _, r := range x.Relations {
				got = got || r.Subject == tt.person && r.Predicate == "memberOf" && r.Object == tt.body
			}
			if got != tt.want {
				t.Errorf("memberOf %s %s = %v, want %v; relations = %+v", tt.person, tt.body, got, tt.want, x.Relations)
			}
		})
	}
}

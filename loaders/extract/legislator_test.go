package extract

import "testing"

// TestLegislatorRoles checks that "Sen."/"Rep." with or without a party
// tag give a role for the United States, and a committee named just before
// in the paragraph for its members. All copy is invented.
func TestLegislatorRoles(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, person, org string
	}{
		{"abbreviated title over a quotation",
			"H\nSen. Dana Whitcomb: “The border is safer than it was a year ago.”",
			"Dana Whitcomb", "United States"},
		{"representative in a roundup line",
			"H\nRep. Lionel Ashby: “Every flight out makes our towns safer.”",
			"Lionel Ashby", "United States"},
		{"party tag in brackets",
			"H\nSen. Marta Quiroga (D-N.M.) said the embargo had failed.",
			"Marta Quiroga", "United States"},
		{"committee named before in the paragraph",
			"H\nA hearing of the Senate Subcommittee on Border Affairs. Presiding: Sen. Owen Tramell.",
			"Owen Tramell", "Senate Subcommittee on Border Affairs"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if x := ex.Extract(article(c.text)); !hasRole(x, c.person, c.org) {
				t.Errorf("Extract(%q) roles = %+v, want %s — %s", c.text, x.Roles, c.person, c.org)
			}
		})
	}
}

// TestTaggedChairCommittee checks a committee chair with a US party tag:
// the committee the text named before, even paragraphs above.
func TestTaggedChairCommittee(t *testing.T) {
	text := "H\nThe House Ports Security Committee has announced a hearing for next week.\n\nWitnesses will include port officials.\n\nChairman Carl Brenner (R-OH) on the hearing: “We need answers.”"
	checkRoles(t, []roleCase{{name: "the committee named before", text: text, person: "Carl Brenner", org: "House Ports Security Committee"}})
}

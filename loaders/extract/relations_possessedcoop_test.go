package extract

import "testing"

// TestPossessedCooperation: a coordinated subject acting on "their" or
// "our" cooperation cooperates; a single subject, a negation or a modal
// states no pair.
func TestPossessedCooperation(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "governments reaffirm our cooperation",
			text: "The Governments of Peru and Chile reaffirm our cooperation on port security.",
			want: []string{"Peru|cooperatesWith|Chile"}},
		{name: "agreed to deepen their partnership",
			text: "Peru and Chile agreed to deepen their security partnership.",
			want: []string{"Peru|cooperatesWith|Chile"}},
		{name: "negated",
			text: "Peru and Chile did not renew their security partnership.",
			not:  []string{"Peru|cooperatesWith|Chile"}},
		{name: "modal",
			text: "Peru and Chile could expand their cooperation next year.",
			not:  []string{"Peru|cooperatesWith|Chile"}},
	})
}

package extract

import "testing"

// TestHeldCooperation: a coordinated subject keeping or growing a tie that
// names no other partner cooperates; an urged, negated or modal tie, a
// partner after the noun, or a state with its own body states no pair.
func TestHeldCooperation(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "share a partnership",
			text: "Peru and Chile share a strong security partnership.",
			want: []string{"Peru|cooperatesWith|Chile"}},
		{name: "agreed to strengthen",
			text: "Minister Luis Ortega said Peru and Bolivia agreed to strengthen cooperation against drug trafficking.",
			want: []string{"Peru|cooperatesWith|Bolivia"}},
		{name: "history of cooperation",
			text: "Peru and Bolivia have a long history of cooperation.",
			want: []string{"Peru|cooperatesWith|Bolivia"}},
		{name: "adverbs and two verbs",
			text: "Peru and Bolivia today formally extended and expanded cooperation on port security.",
			want: []string{"Peru|cooperatesWith|Bolivia"}},
		{name: "urged",
			text: "Senator Ann Lowe urged Peru and Bolivia to strengthen cooperation.",
			not:  []string{"Peru|cooperatesWith|Bolivia"}},
		{name: "negated",
			text: "Peru and Bolivia did not renew cooperation.",
			not:  []string{"Peru|cooperatesWith|Bolivia"}},
		{name: "modal",
			text: "Peru and Bolivia could deepen cooperation next year.",
			not:  []string{"Peru|cooperatesWith|Bolivia"}},
		{name: "partner after the noun",
			text: "Peru and Bolivia strengthened cooperation with Chile.",
			not:  []string{"Peru|cooperatesWith|Bolivia"}},
	})
}

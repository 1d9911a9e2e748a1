package extract

import "testing"

// TestAndNextItemTitle checks that a title phrase after ", and" following
// a listed name is the next item's title, not an apposition of the name:
// the name keeps its own post.
func TestAndNextItemTitle(t *testing.T) {
	const text = "Joint Statement\n\nThe U.S. delegation was led by Deputy Under Secretary of Labor Ann Mott, Deputy Assistant Secretary of State for Western Hemisphere Affairs Hugo Diaz, and the Chargé d'Affaires of the U.S. Embassy in Chile, Rita Kohl."
	checkRoles(t, []roleCase{
		{name: "the listed name keeps its post", text: text, person: "Hugo Diaz", org: "United States"},
		{name: "the next item's holder", text: text, person: "Rita Kohl", org: "United States"},
		{name: "the name gets no post at the next item's body", text: text, person: "Hugo Diaz", org: "U.S. Embassy in Chile", neg: true},
	})
}

package extract

import "testing"

// TestGroupDescriptionCoordination: a person coordinated after a
// description of their place in a named group ("and another senior member
// of the Y cartel, B") is an actor of the verb too.
func TestGroupDescriptionCoordination(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "another senior member of a cartel",
			text: "Peru arrested Ana Maria Soto and another senior member of the Gulf Cartel, Jorge Pablo Vera, on Monday.",
			want: []string{"Peru|arrested|Ana Maria Soto", "Peru|arrested|Jorge Pablo Vera"}},
		{name: "a hyphenated adjective",
			text: "Peru arrested Ana Maria Soto and another high-level member of the Gulf Cartel, Jorge Pablo Vera, on Monday.",
			want: []string{"Peru|arrested|Jorge Pablo Vera"}},
		{name: "no name after the description",
			text: "Peru arrested Ana Maria Soto and another member of the Gulf Cartel on Monday.",
			not:  []string{"Peru|arrested|Gulf Cartel"}},
	})
}

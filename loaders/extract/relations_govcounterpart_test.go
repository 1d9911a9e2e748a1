package extract

import "testing"

// TestGovCounterpart: a government cooperating with another state's
// official cooperates with that state; an official who acts keeps the
// relation. All copy is invented.
func TestGovCounterpart(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "state works with a foreign president",
			text: "Floods in Bolivia\n\nThe United States will work with President Lucia Vargas of Bolivia to deepen our cooperation on border security.",
			want: []string{"United States|cooperatesWith|Bolivia"},
			not:  []string{"United States|cooperatesWith|Lucia Vargas"}},
		{name: "official works with a state",
			text: "Minister Ana Ruiz of Peru worked with Bolivia to deepen border security cooperation.",
			want: []string{"Ana Ruiz|cooperatesWith|Bolivia"}},
	})
}

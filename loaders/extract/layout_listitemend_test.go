package extract

import "testing"

// TestRecentInstitutionStopsAtListItem checks that the walk back from a
// bare agency title to the institution of the sentence before counts a
// bulleted line with no full stop as a sentence of its own: past two such
// lines the institution is unknown; with none between, it is found. All
// copy is invented.
func TestRecentInstitutionStopsAtListItem(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"sentence before", "Harbor Board Names New Sites\n\nThe Harbor Task Force announced the sites on Monday.\n\n“We will keep working,” said spokesman Tomas Brevik.\n",
			true},
		{"two list items between", "Harbor Board Names New Sites\n\nThe Harbor Task Force announced the sites on Monday.\n\nThe new sites are:\n\n- Pine Ridge, Oregon\n- Cedar Flats, Oregon\n\n“We will keep working,” said spokesman Tomas Brevik.\n",
			false},
		{"bulleted items between", "Harbor Board Names New Sites\n\nThe Harbor Task Force announced the sites on Monday.\n\nThe new sites are:\n\n• Pine Ridge, Oregon\n• Cedar Flats, Oregon\n\n“We will keep working,” said spokesman Tomas Brevik.\n",
			false},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if got := hasRole(x, "Tomas Brevik", "Harbor Task Force"); got != c.want {
				t.Errorf("role of Tomas Brevik at Harbor Task Force = %v, want %v; roles %+v", got, c.want, x.Roles)
			}
		})
	}
}

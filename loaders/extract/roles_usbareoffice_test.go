package extract

import "testing"

// TestUSOnlyOffices checks that offices only the US government has in
// this copy ("Assistant Secretary" with no remit, "Assistant Attorney
// General", "Chief of Naval Operations") give their holder the United
// States, not the country the article is about. All copy is invented.
func TestUSOnlyOffices(t *testing.T) {
	ex := newExtractor(t)
	for _, tc := range []struct{ text, person string }{
		{"Acting Assistant Secretary Rhona Delacourt said Guatemala had made progress. Guatemala will add patrols.", "Rhona Delacourt"},
		{"Assistant Attorney General Tomas Brandt said Mexico had extradited the men. Mexico sent 29 defendants.", "Tomas Brandt"},
		{"Chief of Naval Operations Adm. Colleen Marr praised Peru's navy. Peru has added patrols.", "Colleen Marr"},
	} {
		x := ex.Extract(article("H\n" + tc.text))
		if !hasRole(x, tc.person, "United States") {
			t.Errorf("%q: roles = %+v, want %s at United States", tc.text, x.Roles, tc.person)
		}
	}
}

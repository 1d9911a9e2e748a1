package extract

import "testing"

// TestDiplomatSeat checks that a diplomat's title before a comma keeps its
// state when the city or country of the post follows the title ("The U.S.
// ambassador in Quito, X,"). All copy is invented.
func TestDiplomatSeat(t *testing.T) {
	ex := newExtractor(t)
	for _, tc := range []struct{ text, person, org string }{
		{"The U.S. ambassador in Quito, Colleen Marr, praised the cooperation.", "Colleen Marr", "United States"},
		{"Ecuador's ambassador in Washington, Tomas Brandt, praised the cooperation.", "Tomas Brandt", "Ecuador"},
		{"The Peruvian ambassador in Bogota, Rosa Quenta, said the talks had gone well.", "Rosa Quenta", "Peru"},
	} {
		x := ex.Extract(article("H\n" + tc.text))
		if !hasRole(x, tc.person, tc.org) {
			t.Errorf("%q: roles = %+v, want %s at %s", tc.text, x.Roles, tc.person, tc.org)
		}
	}
}

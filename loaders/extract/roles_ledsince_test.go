package extract

import "testing"

// TestLedSinceYear checks that a year's adverbial between "led" and "by"
// still makes the person after it the body's head, and that "led by" alone
// still does. All copy is invented.
func TestLedSinceYear(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, person, org string
	}{
		{"H\nThe Office of the Defender of Farmers, led since 2019 by Pedro Alba, a sociologist, was perceived as politicized.", "Pedro Alba", "Office of the Defender of Farmers"},
		{"H\nThe Office of the Defender of Farmers, led until 2021 by Pedro Alba, lost its accreditation.", "Pedro Alba", "Office of the Defender of Farmers"},
		{"H\nThe Office of the Ombudsman for Civil Rights, led by Marta Solis, a lawyer, was perceived as ineffective.", "Marta Solis", "Office of the Ombudsman for Civil Rights"},
	} {
		x := ex.Extract(article(c.text))
		if !hasRole(x, c.person, c.org) {
			t.Errorf("Extract(%q) roles = %+v, want %s at %s", c.text, x.Roles, c.person, c.org)
		}
	}
}

package extract

import "testing"

// TestGivenNamesAfterTitledBody checks that a common given name lets a
// name written right after a title with a named body ("Commissioner of
// U.S. Customs and Border Protection X", "Director of the FBI X") be read
// as the holder, not as more words of the body. All copy is invented.
func TestGivenNamesAfterTitledBody(t *testing.T) {
	ex := newExtractor(t)
	for _, tc := range []struct{ text, person, org string }{
		{"Commissioner of U.S. Customs and Border Protection Rodney Quill toured the port on Monday.",
			"Rodney Quill", "U.S. Customs and Border Protection"},
		{"Deputy Secretary of Homeland Security Troy Benning traveled to Panama on Monday.",
			"Troy Benning", "United States"},
		{"Secretary of Homeland Security Colleen Marr met regional ministers on Monday.",
			"Colleen Marr", "United States"},
		{"Director of the Federal Bureau of Investigation Nathaniel Crewe opened the meeting.",
			"Nathaniel Crewe", "Federal Bureau of Investigation"},
	} {
		x := ex.Extract(article("H\n" + tc.text))
		if !hasRole(x, tc.person, tc.org) {
			t.Errorf("%q: roles = %+v, want %s at %s", tc.text, x.Roles, tc.person, tc.org)
		}
	}
}

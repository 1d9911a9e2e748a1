package extract

import "testing"

// The transcript below is invented for this test; none of it is taken
// from an evaluation article.

// TestGreetingListState checks that in a host's greeting list, parted by
// semicolons in his own turn, an official whose item states no country is
// the host's, while a guest whose item states one keeps it.
func TestGreetingListState(t *testing.T) {
	ex := newExtractor(t)
	text := "Remarks in Lima\n\n" +
		"MODERATOR: Good morning. We welcome President Tomas Quirell, president of Peru, and Secretary of State Ana Obal.\n\n" +
		"PRESIDENT QUIRELL: Ms. Ana Obal, Secretary of State of the United States of America; Mr. Rodrigo Vence, minister of labor; " +
		"Ms. Lucia Terral, minister of labor; members of the press: good morning.\n\n" +
		"SECRETARY OBAL: Thank you, Mr. President.\n"
	x := ex.Extract(article(text))
	for _, c := range []struct{ person, org, notOrg string }{
		{"Rodrigo Vence", "Peru", "United States"},
		{"Lucia Terral", "Peru", "United States"},
		{"Ana Obal", "United States", ""},
	} {
		if !hasRole(x, c.person, c.org) {
			t.Errorf("Extract(greeting) roles = %+v, want %s at %s", x.Roles, c.person, c.org)
		}
		if c.notOrg != "" && hasRole(x, c.person, c.notOrg) {
			t.Errorf("Extract(greeting) roles = %+v, want no %s at %s", x.Roles, c.person, c.notOrg)
		}
	}
}

package extract

import "testing"

// TestCountyPossessiveName checks that a county named with a possessive
// ("Lord Belwick's County") keeps its possessive in the names of the bodies
// that carry it, and that a body's possessive still ends a name. All copy
// is invented.
func TestCountyPossessiveName(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, person, org string
	}{
		{"The arrests were announced by Chief Dora Hallet of the Lord Belwick’s County Police Department on Friday.\n",
			"Dora Hallet", "Lord Belwick’s County Police Department"},
		{"Sheriff Amos Trell of the Saint Ormond’s County Sheriff’s Office said the suspects were held without bail.\n",
			"Amos Trell", "Saint Ormond’s County Sheriff’s Office"},
	} {
		x := ex.Extract(article("Four Held After Raid\n\n" + c.text))
		if !hasRole(x, c.person, c.org) {
			t.Errorf("%q: roles = %+v, want %s at %s", c.text, x.Roles, c.person, c.org)
		}
	}
}

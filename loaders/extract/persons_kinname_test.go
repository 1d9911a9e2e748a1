package extract

import "testing"

// TestKinGivenName checks that a known given name written alone and
// apposed to a relative noun ("my wife, Ana,", "One brother, Ramiro,")
// names a person, and that a given name apposed to no relative names no
// one. All copy is invented.
func TestKinGivenName(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		person     string
		not        []string
	}{
		{"my wife", "H\nThe minister thanked the hosts for the welcome they gave my wife, Lucia, in Lima.", "Lucia", nil},
		{"one brother", "H\nThe family ran the network for years. One brother, Ramiro, was believed to have been killed in 2001.", "Ramiro", nil},
		{"no relative", "H\nThe storm, Lucia, reached the coast on Monday.", "", []string{"Lucia"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkPersons(t, ex, c.text, []string{c.person}, c.not)
		})
	}
}

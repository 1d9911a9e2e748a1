package extract

import "testing"

// TestBylineName checks that a byline line names its writer though the
// given name is unknown and the line is in capitals, and that "By" inside
// a headline or a sentence names no one. All copy is invented.
func TestBylineName(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		person     string
		not        []string
	}{
		{"a byline with a middle initial",
			"Ships Arrive in Port\n\nBy Zorvan Q. Brantuna\nCoastal Press Service\n\nLIMA, Peru - Two ships arrived on Monday, the navy said.",
			"Zorvan Q. Brantuna", nil},
		{"a byline with a title after a comma",
			"Ships Arrive in Port\n\nBy Welmarid Fosk, Staff Writer\n\nLIMA, Peru - Two ships arrived on Monday, the navy said.",
			"Welmarid Fosk", nil},
		{"'By' inside a headline",
			"Port Reopened By Quarvel Tandori Consortium\n\nLIMA, Peru - The port reopened on Monday.",
			"", []string{"Quarvel Tandori Consortium", "Quarvel Tandori"}},
		{"'By' inside a sentence",
			"Port Reopens\n\nThe port was reopened by Quarvel Tandori on Monday.",
			"", []string{"Quarvel Tandori"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkPersons(t, ex, c.text, []string{c.person}, c.not)
		})
	}
}

package extract

import "testing"

// TestGivenNameAreaIsPlace checks that a given name followed by an area
// word ("Walter County", "St. Agnes Parish") names a place, not a person,
// while a title still makes a person of a name ending in one. All copy is
// invented.
func TestGivenNameAreaIsPlace(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"county after a given name", "H\nThe gang has cliques in Walter County, Ohio, and in Pine County, Ohio, the prosecutor said.",
			nil, []string{"Walter County"}},
		{"saint and a given name", "H\nThe new areas are:\n\n- St. Walter County, Idaho\n- Marsh County, Idaho\n\nThe program began in 1990.",
			nil, []string{"Walter County", "St. Walter County"}},
		{"titled name", "H\nSheriff Thomas Parish told reporters the roads were closed.",
			[]string{"Thomas Parish"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkPersons(t, ex, c.text, c.want, c.not)
		})
	}
}

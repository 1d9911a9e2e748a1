package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestPlaceParticleBodies checks that a body named after a place whose
// name holds a lower-case particle keeps the whole place.
func TestPlaceParticleBodies(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"a spaced particle",
			"H\nThe Vila do Conde Public Safety Institute counted 80 deaths in May.",
			[]string{"Vila do Conde Public Safety Institute"}, []string{"Conde Public Safety Institute"}},
		{"a hyphenated particle",
			"H\nMarc Joly, head of the Anse-au-Vent Bar Association, was shot on Sunday.",
			[]string{"Anse-au-Vent Bar Association"}, []string{"Vent Bar Association"}},
		{"a hyphenated particle before a possessive office",
			"H\nThe Anse-au-Vent Prosecutor’s Office opened an inquiry.",
			[]string{"Anse-au-Vent Prosecutor’s Office"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) { checkEntityNames(t, ex, c.text, c.want, c.not) })
	}
}

package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestPartiesOfOwner checks that a government's singular possessive makes
// it the party of the agreement it determines, with the partner of a
// "with" phrase, and that a possessive of another noun does not.
func TestPartiesOfOwner(t *testing.T) {
	ex := newExtractor(t)
	tests := []struct {
		name, text, agr, want string
	}{
		{
			name: "owner alone",
			text: "H\nThe new Chile Government grant complements Peru's National Harbor Safety Agreement that was signed in 2011.",
			agr:  "National Harbor Safety Agreement",
			want: "Peru",
		},
		{
			name: "a donor named near is no party",
			text: "H\nChile's donation supports Peru's National Harbor Safety Agreement, officials in Lima said.",
			agr:  "National Harbor Safety Agreement",
			want: "Peru",
		},
		{
			name: "owner and partner",
			text: "H\nOfficials in Lima said Peru's new border accord with Ecuador would take effect in May, Chile said.",
			agr:  "border accord",
			want: "Ecuador|Peru",
		},
		{
			name: "a possessive of another noun",
			text: "H\nChile and Ecuador signed the Andean Harbor Safety Agreement in May. Peru's commitments under the Andean Harbor Safety Agreement were not discussed.",
			agr:  "Andean Harbor Safety Agreement",
			want: "Chile|Ecuador",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkExactParties(t, ex, tt.text, tt.agr, tt.want)
		})
	}
}

package extract

import "testing"

// TestAddressedChair checks that a chair addressed by an honorific in a
// floor speech names no one, while an honorific before a surname still
// does. All copy is invented.
func TestAddressedChair(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		person     string
		not        []string
	}{
		{"Mr. Speaker",
			"The Harbour War\n\nMr. Speaker, the smugglers own the harbour tonight, and I say that with four boats in view, Mr. Speaker.",
			"", []string{"Speaker"}},
		{"Madam Chair",
			"The Harbour War\n\nThank you, Madam Chair. The smugglers own the harbour tonight.",
			"", []string{"Chair"}},
		{"an honorific before a surname",
			"The Harbour War\n\nThe smugglers own the harbour tonight, Mr. Velquist said.",
			"Velquist", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkPersons(t, ex, c.text, []string{c.person}, c.not)
		})
	}
}

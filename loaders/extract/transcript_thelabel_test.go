package extract

import "testing"

// TestTheTurnLabel checks that a turn label of an office with its article
// ("THE VICE PRESIDENT:") makes no person of the article. All copy is
// invented.
func TestTheTurnLabel(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		not        []string
	}{
		{"the vice president's turns",
			"Remarks at the Harbour Conference\n\nTHE VICE PRESIDENT: Good morning. It is truly an honor to be with you today.\n\nMODERATOR: Thank you.\n\nTHE VICE PRESIDENT: We will keep working with Peru on the harbour.",
			[]string{"The"}},
		{"the president's turns",
			"Remarks at the Harbour Conference\n\nTHE PRESIDENT: Good morning. It is an honor to be here.\n\nMODERATOR: Thank you.\n\nTHE PRESIDENT: We will keep working with Chile on the harbour.",
			[]string{"The"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkPersons(t, ex, c.text, nil, c.not)
		})
	}
}

package extract

import "testing"

// TestLabelLineName checks that a labelled header line under a headline
// names the speaker though the given name is unknown, and that a colon in
// a sentence, an all-capitals turn label or a label that is no title names
// no one. All copy is invented.
func TestLabelLineName(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		person     string
		not        []string
	}{
		{"a president's label line",
			"Address on the Harbour Crisis\n\nPresident: Tolvar Q. Brennick\n\nMy fellow citizens, tonight I speak of the harbour.",
			"Tolvar Q. Brennick", nil},
		{"a two-word title label",
			"Message Regarding the Canal\n\nVice President: Amsel Drovetti\n\nTo the Senate: I transmit a report.",
			"Amsel Drovetti", nil},
		{"a label that is no title",
			"Address on the Harbour Crisis\n\nVenue: Granhold Marvick\n\nMy fellow citizens, tonight I speak of the harbour.",
			"", []string{"Granhold Marvick"}},
		{"a colon inside a sentence",
			"Address on the Harbour Crisis\n\nMy fellow citizens, tonight I speak of one man: Tolvar Brennick. He built the harbour.",
			"", []string{"Tolvar Brennick"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkPersons(t, ex, c.text, []string{c.person}, c.not)
		})
	}
}

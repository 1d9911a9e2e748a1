package extract

import "testing"

// TestKnownSurnameRuns checks that given names before a compound surname
// the text names a person by alone make that person's full name, and that
// a capitalised phrase or a known person's full name stays as it was. All
// copy is invented.
func TestKnownSurnameRuns(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		person     string
		not        []string
	}{
		{"unknown given name before a surname named alone later",
			"Two sentenced\n\nPedro Ortiz-Lamar, a Peruvian boat captain, and Tovrin Quellar-Maddox, were sentenced to prison on Monday.\n\nOrtiz-Lamar and Quellar-Maddox were extradited from Peru in 2021.\n",
			"Tovrin Quellar-Maddox", nil},
		{"a run inside a longer capitalised phrase",
			"Two sentenced\n\nPedro Ortiz-Lamar, a Peruvian boat captain, and Cuban Dictator Quellar-Maddox, were sentenced to prison on Monday.\n\nOrtiz-Lamar and Quellar-Maddox were extradited from Peru in 2021.\n",
			"Quellar-Maddox", []string{"Dictator Quellar-Maddox", "Cuban Dictator Quellar-Maddox"}},
		{"a word the text writes in lower case",
			"Two sentenced\n\nPedro Ortiz-Lamar, a boat captain, and Defendants Quellar-Maddox, were sentenced to prison on Monday.\n\nThe defendants Ortiz-Lamar and Quellar-Maddox were extradited from Peru in 2021.\n",
			"Quellar-Maddox", []string{"Defendants Quellar-Maddox"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkPersons(t, ex, c.text, []string{c.person}, c.not)
		})
	}
}

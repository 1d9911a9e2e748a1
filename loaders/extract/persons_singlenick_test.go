package extract

import "testing"

// TestSingleQuotedNicknames checks that a nickname in single marks inside
// a quotation, right before a surname, makes the surname a person's, and
// that single marks around other words make no one. All copy is invented.
func TestSingleQuotedNicknames(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		person     string
		not        []string
	}{
		{"nickname before a surname", "H\nThe senator said: “Last month ‘El Quellat’ Tamsado was caught in a raid on the coast.”", "Tamsado", nil},
		{"no Spanish article", "H\nThe senator said: “The ‘Harbor Watch’ Program was cut last year.”", "", []string{"Program"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkPersons(t, ex, c.text, []string{c.person}, c.not)
		})
	}
}

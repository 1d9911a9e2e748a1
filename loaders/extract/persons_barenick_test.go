package extract

import "testing"

// TestBareNicknames checks that an unquoted Spanish nickname after "known
// as" and a title held in a criminal group names the title holder, and
// that one after a group's name is no person. All copy is invented.
func TestBareNicknames(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		person     string
		not        []string
	}{
		{"the head of a cartel", "H\nThe sons of the jailed former head of the Cartel, known as El Quellat, remain at large.", "El Quellat", nil},
		{"a group's other name", "H\nThe armed wing of the Tamsado Cartel, known as La Fosca, attacked the town.", "", []string{"La Fosca"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkPersons(t, ex, c.text, []string{c.person}, c.not)
		})
	}
}

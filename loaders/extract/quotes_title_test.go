package extract

import "testing"

// TestQuotedTitleWithStop checks that a capitalised name in quotation
// marks after "the" is a title even with its full stop inside the marks,
// while a capitalised sentence said by someone is still a statement. All
// copy is invented.
func TestQuotedTitleWithStop(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want       int
	}{
		{"a law's title", "Ministry Names Firms\n\nMinister Lucia Ferro said on Monday that twelve firms will face penalties under the “Harbor Safety and Smuggling Act.”\n", 0},
		{"a sentence", "Ministry Names Firms\n\nMinister Lucia Ferro told reporters: “Nobody Escapes Justice Here.”\n", 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if len(x.Statements) != c.want {
				t.Errorf("Extract(%q): %d statements, want %d; statements %+v", c.text, len(x.Statements), c.want, x.Statements)
			}
		})
	}
}

// TestPerformingTitleNoName checks that the acting-official formula
// "Senior Official Performing the Duties of …" names nobody, so a
// quotation after it still goes on with the speaker. Invented copy.
func TestPerformingTitleNoName(t *testing.T) {
	ex := newExtractor(t)
	text := "Office Sets Priorities\n\n“Our grants reach forty county clinics this year,” said Pablo Ruiz, the Senior Official Performing the Duties of the Director. “Next spring we will add rural pharmacies to the list.”\n"
	x := ex.Extract(article(text))
	n := 0
	for _, s := range x.Statements {
		if s.Speaker == "Pablo Ruiz" {
			n++
		}
	}
	for _, e := range x.Entities {
		if e.Name == "Performing" {
			t.Errorf("Extract(%q): %q read as a name", text, e.Name)
		}
	}
	if n != 2 {
		t.Errorf("Extract(%q): %d statements of Pablo Ruiz, want 2; statements %+v", text, n, x.Statements)
	}
}

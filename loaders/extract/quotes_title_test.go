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

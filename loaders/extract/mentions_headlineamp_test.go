package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestHeadlineAmpersand checks that "&" in a title-case headline joins no
// firm's name ("Sens. Ana Ruiz & Ole Vik Introduce Bill"), while "&" in a
// body sentence still does ("the law firm Brantuna & Fosk"). All copy is
// invented.
func TestHeadlineAmpersand(t *testing.T) {
	ex := newExtractor(t)
	body := "\n\nWASHINGTON - Senators Zorvan Brantuna and Welmar Fosk today introduced a bill to fund port inspections."
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"two senators in a headline",
			"Sens. Zorvan Brantuna & Welmar Fosk Introduce Bill to Fund Port Inspections" + body,
			nil, []string{"Sens. Zorvan Brantuna & Welmar Fosk Introduce Bill", "Zorvan Brantuna & Welmar Fosk"}},
		{"two topics in a headline",
			"Grant Focuses on Crime & Violence Prevention in Ruritania" + body,
			nil, []string{"Crime & Violence Prevention"}},
		{"a firm in a body sentence",
			"Senators Introduce Port Bill" + body + " The bill was drafted with the law firm Quarl & Tandori.",
			[]string{"Quarl & Tandori"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			for _, w := range c.want {
				if !hasEntity(x, w, schema.Organization) {
					t.Errorf("Extract(%q): no organisation %q in %+v", c.text, w, x.Entities)
				}
			}
			for _, n := range c.not {
				if hasEntity(x, n, schema.Organization) {
					t.Errorf("Extract(%q): organisation %q, want none", c.text, n)
				}
			}
		})
	}
}

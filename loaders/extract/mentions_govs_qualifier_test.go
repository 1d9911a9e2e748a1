package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestQualifierStopsAtBreak checks that a country ending a headline does
// not qualify a service word opening the next paragraph ("… in Guatemala"
// over "Army Gen. X met …"), while one right before it in the sentence
// does. All copy is invented.
func TestQualifierStopsAtBreak(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"across a break", "Officials Meet in Guatemala\n\nArmy Gen. Rosalba Quintana met officials on Monday.", false},
		{"in the sentence", "Officials Meet\n\nThe Guatemalan Army trained 200 cadets on Monday.", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if got := hasEntity(x, "Guatemalan Army", schema.Agency); got != c.want {
				t.Errorf("Extract(%q): Guatemalan Army %v, want %v (%+v)", c.text, got, c.want, x.Entities)
			}
		})
	}
}

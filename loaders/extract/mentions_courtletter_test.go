package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestLetteredCourts checks that a court's chamber letter after its head
// noun is part of its name, while an initial or a capitalised word after
// it is not. All copy is invented.
func TestLetteredCourts(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, want string
		ok               bool
	}{
		{"court letter", "H\nIn May Judge Rosa Vidal of Special Crimes Court B ordered a public trial.", "Special Crimes Court B", true},
		{"tribunal letter", "H\nThe case went to Sentencing Tribunal A in the capital.", "Sentencing Tribunal A", true},
		{"no letter", "H\nIn May Judge Rosa Vidal of the Special Crimes Court ordered a public trial.", "Special Crimes Court", true},
		{"initial after the court", "H\nThe Special Crimes Court A. Ruiz case was closed.", "Special Crimes Court A", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if got := hasNamed(x, c.want, schema.Agency); got != c.ok {
				t.Errorf("Extract(%q): agency %q = %v, want %v; entities %+v", c.text, c.want, got, c.ok, x.Entities)
			}
		})
	}
}

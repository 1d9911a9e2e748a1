package extract

import "testing"

// TestInterpolNoticesNameNoBody checks that an INTERPOL notice ("a Red
// Notice") is no organisation or group, while INTERPOL itself is. All copy
// is invented.
func TestInterpolNoticesNameNoBody(t *testing.T) {
	ex := newExtractor(t)
	for _, text := range []string{
		"Visit\n\nPolice in Peru issued an Interpol Red Notice for his arrest.\n",
		"Visit\n\nAccording to the Red Notice, he fled Lima in 2019.\n",
	} {
		x := ex.Extract(article(text))
		for _, e := range x.Entities {
			if e.Name == "Red Notice" || e.Name == "Interpol Red Notice" {
				t.Errorf("Extract(%q) entities = %+v, want no Red Notice", text, x.Entities)
			}
		}
	}
}

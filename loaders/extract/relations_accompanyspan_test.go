package extract

import "testing"

// The sentences below are invented for this test; none is taken from an
// evaluation article.

// TestEmptyAside checks that an accompaniment aside naming no entity
// before its closing comma gives no partner, while one naming a state
// still does.
func TestEmptyAside(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		coops      int // cooperatesWith relations
	}{
		{"unnamed partner in the aside",
			"H\nChile, together with the wider donor community, urges Peru’s political leaders to keep talking.", 0},
		{"named partner in the aside",
			"H\nChile, together with Argentina, urges the rebels to keep talking.", 1},
	} {
		n := 0
		for _, r := range ex.Extract(article(c.text)).Relations {
			if r.Predicate == "cooperatesWith" {
				n++
			}
		}
		if n != c.coops {
			t.Errorf("%s: %d cooperatesWith relations, want %d", c.name, n, c.coops)
		}
	}
}

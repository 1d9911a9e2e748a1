package extract

import "testing"

// The words below are invented or common English; none is taken from an
// evaluation article.

// TestBoundPrefixGlue checks that a capitalised word opening with a bound
// prefix and a second capital stays one word, while two glued words of
// their own still split.
func TestBoundPrefixGlue(t *testing.T) {
	for _, c := range []struct {
		word string
		want int
	}{
		{"InterAndean", 0},
		{"AntiFraud", 0},
		{"TransPacific", 0},
		{"CounterSmuggling", 0},
		{"LimaQuito", 4},
		{"HarbourPeru", 7},
	} {
		if got := glueSplit(c.word); got != c.want {
			t.Errorf("glueSplit(%q) = %d, want %d", c.word, got, c.want)
		}
	}
}

// TestBoundPrefixName checks that an agreement named with an unhyphenated
// prefixed word keeps that word in its name.
func TestBoundPrefixName(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ name, text, want string }{
		{"prefixed word opens the name",
			"H\nPeru recalled the anniversary of the InterAndean Harbour Charter on Monday.",
			"InterAndean Harbour Charter"},
	} {
		if got := agreementNames(ex.Extract(article(c.text))); got != c.want {
			t.Errorf("%s: agreements = %q, want %q", c.name, got, c.want)
		}
	}
}

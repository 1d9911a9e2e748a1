package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestChargeQuoted checks that a charge's quoted wording is no statement,
// while a quotation attributed the same way elsewhere is one.
func TestChargeQuoted(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want       int
	}{
		{"a quoted charge",
			"H\nNine gang leaders are charged with “conspiracy to smuggle firearms and launder the proceeds,” Attorney General Ana Ruiz said on Monday.", 0},
		{"a quoted remark",
			"H\nNine gang leaders were arrested. “This is a major blow to the network,” Attorney General Ana Ruiz said on Monday.", 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if len(x.Statements) != c.want {
				t.Errorf("Extract(%q) statements = %+v, want %d", c.text, x.Statements, c.want)
			}
		})
	}
}

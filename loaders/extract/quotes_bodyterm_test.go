package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestBodyTerm checks that a short term a body is cited as using is no
// statement, while a person's quoted term and a body's quoted clause are.
func TestBodyTerm(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want       int
	}{
		{"a body's term after of",
			"H\nThe Human Rights Ombudsman's Office reported 14 complaints of “forced disappearance of persons” between March and June.", 0},
		{"a body's label after an article",
			"H\nWorld Refugee Watch declared the journalist a “victim of reprisal.” He remained in custody.", 0},
		{"a person's term after of",
			"H\nInterior Minister Carlos Mendez dismissed the reports as the spread of “lies and panic.”", 1},
		{"a body's clause after a speech verb",
			"H\nWorld Refugee Watch said in a statement that “the detainees were held without charge for weeks.”", 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if len(x.Statements) != c.want {
				t.Errorf("Extract(%q) statements = %+v, want %d", c.text, x.Statements, c.want)
			}
		})
	}
}

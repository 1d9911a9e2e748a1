package extract

import "testing"

// TestRemitList: a body's remit after "of" or "for" that ends in a list
// of capitalised nouns closed by "and" is one name; a list whose item is
// a title and a person, or runs on into another name, is not. All copy is
// invented.
func TestRemitList(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text     string
		want     []string
		unwanted []string
	}{
		{text: "Training Visit\n\nThe Office of Judicial Reform, Mediation and Outreach trained forty judges in Tarija.",
			want: []string{"Office of Judicial Reform, Mediation and Outreach"}, unwanted: []string{"Office of Judicial Reform"}},
		{text: "Commission Report\n\nThe Commission for the Clarification of Memory, Dignity, and Reconciliation published its findings on Monday.",
			want: []string{"Commission for the Clarification of Memory, Dignity, and Reconciliation"}},
		{text: "Case Announced\n\nThe case is prosecuted by the Office for the Eastern Region, and Trial Attorney Marguerite Olsson of the Fraud Section.",
			unwanted: []string{"Office for the Eastern Region, and Trial Attorney Marguerite Olsson"}},
		{text: "Funding Bill\n\nThe Bureau of Northern Affairs, Water, and Related Programs Appropriations Act passed.",
			unwanted: []string{"Bureau of Northern Affairs, Water, and Related Programs Appropriations Act"}},
	} {
		x := ex.Extract(article(c.text))
		names := map[string]bool{}
		for _, e := range x.Entities {
			names[e.Name] = true
		}
		for _, w := range c.want {
			if !names[w] {
				t.Errorf("Extract(%q): no entity %q in %+v", c.text, w, x.Entities)
			}
		}
		for _, u := range c.unwanted {
			if names[u] {
				t.Errorf("Extract(%q): unwanted entity %q", c.text, u)
			}
		}
	}
}

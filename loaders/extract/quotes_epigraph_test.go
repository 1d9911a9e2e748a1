package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestEpigraphCredit checks that a paragraph that is only a quotation is
// spoken by the person a dash line under it names, and that a dash line
// running on as text credits no one.
func TestEpigraphCredit(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ name, text, speaker string }{
		{"a dash line under the quotation",
			"Fact Sheet\n\nThe Andean Ports Initiative\n\n“We will work closely with regional partners like Peru and Chile. This has to be a coordinated effort.”\n\n– President Ana Torres\n\nThe initiative funds port security.",
			"Ana Torres"},
		{"a dash paragraph of text is no credit",
			"Fact Sheet\n\nThe Andean Ports Initiative\n\n“We will work closely with regional partners like Peru and Chile. This has to be a coordinated effort.”\n\n– The initiative, which President Ana Torres launched in 2019 with funds from several donors in the region, supports port security.",
			""},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			got := quotedSpeaker(x, "") // the last statement's speaker
			if got != c.speaker {
				t.Errorf("Extract(%q) speaker = %q, want %q; statements %+v", c.text, got, c.speaker, x.Statements)
			}
		})
	}
}

package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestSharedSpeaker checks that a quotation with no frame of its own is
// said by the person named, with a verb of speech, between it and the next
// quotation of its sentence, and that a quotation framed by someone
// else's speech is not.
func TestSharedSpeaker(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ name, text, quote, speaker string }{
		{"the speaker between two quotations",
			"H\nThe navy carried out a “bold and daring raid” that Minister Ana Ruiz called “a model for the whole region.”",
			"bold and daring raid", "Ana Ruiz"},
		{"a quotation framed by others' speech",
			"H\nCritics called the plan “a costly mistake for everyone” but Minister Ana Ruiz called it “a model for the whole region.”",
			"a costly mistake for everyone", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if got := quotedSpeaker(x, c.quote); got != c.speaker {
				t.Errorf("Extract(%q) speaker of %q = %q, want %q; statements %+v", c.text, c.quote, got, c.speaker, x.Statements)
			}
		})
	}
}

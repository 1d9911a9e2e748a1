package extract

import (
	"strings"
	"testing"
)

// TestFollowingIntroSpeaker checks statement/following-intro: a paragraph
// that announces the quotation paragraph after it without a verb of speech
// ("made the following comment", or a colon closing it) gives the
// quotation to the person opening that sentence, not to someone addressed
// in it, nor to a person named after an unnamed opener ("A spokesman for
// X …"). All copy is invented.
func TestFollowingIntroSpeaker(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ name, text, quote, want, not string }{
		{name: "the following comment, another sentence after it",
			text:  "Senator Weighs In on Port Plan\n\nWASHINGTON - Senator Marta Quillon, ranking member of the Committee on Harbors, today made the following comment on the dredging plan. The plan was announced by the Corps of Engineers on Monday and would deepen the channel at Port Elsby.\n\n“This plan finally gives our fishing towns the deep channel they have waited for since the storm.”\n",
			quote: "deep channel", want: "Marta Quillon"},
		{name: "a colon, the person not first in the sentence",
			text:  "Senator Opposes Harbor Act\n\nWith the Senate debating the Harbor Act, Sen. Orrin Delacorte today outlined his concerns over the bill:\n\n“Four hundred families depend on that port, and nobody has explained why it must close.”\n",
			quote: "Four hundred families", want: "Orrin Delacorte"},
		{name: "a paragraph closed by a colon",
			text:  "Senator Opposes Mill Closure\n\nSenator Orrin Delacorte voiced his concerns about the closing of the Brennick paper mill:\n\n“Four hundred families depend on that mill, and nobody in the company has explained why it must close.”\n",
			quote: "Four hundred families", want: "Orrin Delacorte"},
		{name: "an unnamed opener is not the person after it",
			text:  "Mill Closure Draws Comment\n\nA spokesman for Senator Orrin Delacorte made the following comment on the closing of the Brennick paper mill.\n\n“Four hundred families depend on that mill, and nobody in the company has explained why it must close.”\n",
			quote: "Four hundred families", not: "Orrin Delacorte"},
		{name: "a list before the colon is not a speaker",
			text:  "Port Honours Two Pilots\n\nThe harbor board thanked the two pilots, Marta Quillon and Orrin Delacorte:\n\n“Four hundred families owe their catch to the channel these pilots kept open.”\n",
			quote: "Four hundred families", not: "Orrin Delacorte"},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			got := ""
			for _, s := range x.Statements {
				if strings.Contains(s.Quote, c.quote) {
					got = s.Speaker
				}
			}
			if c.want != "" && got != c.want {
				t.Errorf("Extract(%q): speaker of %q = %q, want %q; statements %+v", c.text, c.quote, got, c.want, x.Statements)
			}
			if c.not != "" && got == c.not {
				t.Errorf("Extract(%q): speaker of %q = %q, want someone else", c.text, c.quote, got)
			}
		})
	}
}

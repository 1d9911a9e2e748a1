package extract

import "testing"

// TestQuoteAfterCredit checks that a paragraph wholly in quotation marks,
// right after a paragraph that ends with the credit of its quotation, is
// the credited speaker's, and that it is not when more than the credit
// follows that quotation or when words follow the second one. All copy
// is invented.
func TestQuoteAfterCredit(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, speaker string
		want                int
	}{
		{"credit after, verb first", "Ruiz on Ports\n\n“The ports have been neglected for years and the smugglers know it,” said Senator Pablo Ruiz.\n\n“The new scanners are an important step toward securing every container that reaches our coast.”\n", "Pablo Ruiz", 2},
		{"credit after, name first", "Ruiz on Ports\n\nSenator Pablo Ruiz spoke on Monday.\n\n“The ports have been neglected for years and the smugglers know it,” Ruiz continued.\n\n“The new scanners are an important step toward securing every container that reaches our coast.”\n", "Pablo Ruiz", 2},
		{"another sentence after the credit", "Ruiz on Ports\n\n“The ports have been neglected for years and the smugglers know it,” said Senator Pablo Ruiz. The harbour board met on Friday.\n\n“The new scanners are an important step toward securing every container that reaches our coast.”\n", "Pablo Ruiz", 1},
		{"words after the second", "Ruiz on Ports\n\n“The ports have been neglected for years and the smugglers know it,” said Senator Pablo Ruiz.\n\n“We will not fund anything of the kind this year,” the board replied.\n", "Pablo Ruiz", 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			n := 0
			for _, s := range x.Statements {
				if s.Speaker == c.speaker {
					n++
				}
			}
			if n != c.want {
				t.Errorf("Extract(%q): %d statements of %s, want %d; statements %+v", c.text, n, c.speaker, c.want, x.Statements)
			}
		})
	}
}

package extract

import "testing"

// TestQuoteRunsOverBlankLine checks that a quotation left open at the end
// of its paragraph goes on in the next paragraph's quotation with the
// same speaker when a blank line separates them, as with a single line
// break. All copy is invented.
func TestQuoteRunsOverBlankLine(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ name, text string }{
		{"a blank line", "Senator Introduces Bill\n\nSenator Pablo Ruiz released a statement on the bill. He said:\n\n“The ports have been neglected for years and the smugglers know it.\n\n“We must hold the cartels accountable for every death these drugs cause.”\n"},
		{"a single line break", "Senator Introduces Bill\n\nSenator Pablo Ruiz released a statement on the bill. He said:\n“The ports have been neglected for years and the smugglers know it.\n“We must hold the cartels accountable for every death these drugs cause.”\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			n := 0
			for _, s := range x.Statements {
				if s.Speaker == "Pablo Ruiz" {
					n++
				}
			}
			if n != 2 {
				t.Errorf("Extract(%q): %d statements of Pablo Ruiz, want 2; statements %+v", c.text, n, x.Statements)
			}
		})
	}
}

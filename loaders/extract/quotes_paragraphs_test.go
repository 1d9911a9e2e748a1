package extract

import "testing"

// TestQuoteParagraphAfter checks that a paragraph wholly in quotation
// marks, right after a paragraph closed by a quotation or by the credit
// of its quotation, goes on in the same voice, and that a paragraph with
// words outside its marks, a quotation closed before other words, or a
// credit followed by more than itself, does not. All copy is invented.
func TestQuoteParagraphAfter(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, speaker string
		want                int
	}{
		{"three closed paragraphs", "Senator Praises Port Plan\n\nWashington – Senator Pablo Ruiz issued the following statement on the port plan.\n\n“The ports have been neglected for years and the smugglers know it.\n\n“The new scanners are an important step toward securing every container that reaches our coast.”\n\n“Here at home, we must fund the inspectors who run those scanners before the next shipment arrives.”\n", "Pablo Ruiz", 3},
		{"words after the second", "Senator Praises Port Plan\n\nWashington – Senator Pablo Ruiz issued the following statement on the port plan.\n\n“The new scanners are an important step toward securing every container that reaches our coast.”\n\n“We will not fund anything of the kind this year,” the committee replied in a note.\n", "Pablo Ruiz", 1},
		{"words between", "Senator Praises Port Plan\n\nWashington – Senator Pablo Ruiz issued the following statement on the port plan.\n\n“The new scanners are an important step toward securing every container that reaches our coast.” The plan goes to a vote next week.\n\n“We must fund the inspectors who run those scanners before the next shipment arrives.”\n", "Pablo Ruiz", 1},
		{"credit after, verb first", "Ruiz on Ports\n\n“The ports have been neglected for years and the smugglers know it,” said Senator Pablo Ruiz.\n\n“The new scanners are an important step toward securing every container that reaches our coast.”\n", "Pablo Ruiz", 2},
		{"credit after, name first", "Ruiz on Ports\n\nSenator Pablo Ruiz spoke on Monday.\n\n“The ports have been neglected for years and the smugglers know it,” Ruiz continued.\n\n“The new scanners are an important step toward securing every container that reaches our coast.”\n", "Pablo Ruiz", 2},
		{"another sentence after the credit", "Ruiz on Ports\n\n“The ports have been neglected for years and the smugglers know it,” said Senator Pablo Ruiz. The harbour board met on Friday.\n\n“The new scanners are an important step toward securing every container that reaches our coast.”\n", "Pablo Ruiz", 1},
		{"credit, words after the second", "Ruiz on Ports\n\n“The ports have been neglected for years and the smugglers know it,” said Senator Pablo Ruiz.\n\n“We will not fund anything of the kind this year,” the board replied.\n", "Pablo Ruiz", 1},
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

package extract

import (
	"strings"
	"testing"
)

// TestNestedQuotedName checks that a nickname quoted inside a quotation
// leaves the quotation whole, with curly or straight marks, while a
// quotation ended by an attribution still ends there. All copy is invented.
func TestNestedQuotedName(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ name, text, speaker, tail string }{
		{"straight marks", "Senator Welcomes Transfer\n\nSenator Pablo Ruiz released the following statement.\n\nSenator Ruiz: \"The transfer of Joaquin \"El Tigre\" Ramos is welcome news. He will answer for his crimes in our courts.\"\n", "Pablo Ruiz", "answer for his crimes in our courts."},
		{"curly marks after or", "Minister Hails Arrests\n\nMinister Lucia Ferro issued this statement:\n\n“Police have detained Pedro Vela, or “El Gordo,” a founder of the gang, and two of his lieutenants in a raid at dawn.”\n", "Lucia Ferro", "two of his lieutenants in a raid at dawn."},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			ok := false
			for _, s := range x.Statements {
				if s.Speaker == c.speaker && strings.HasSuffix(s.Quote, c.tail) {
					ok = true
				}
			}
			if !ok {
				t.Errorf("Extract(%q): no whole statement of %s; statements %+v", c.text, c.speaker, x.Statements)
			}
		})
	}
}

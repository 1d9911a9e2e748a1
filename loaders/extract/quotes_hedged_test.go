package extract

import "testing"

// The sentences below are invented for this test; none is taken from an
// evaluation article.

// TestHedgedQuotes checks that a quotation after "allegedly", "purported"
// or an adjectival "alleged" is a reported label with no speaker, while a
// quotation after a named speaker's "alleged" stays a statement.
func TestHedgedQuotes(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want       int // statements
	}{
		{"allegedly before the quotation",
			"H\nUnion leaders called for Governor Ana Ruiz's resignation for allegedly “betraying the workers of the northern ports.”", 0},
		{"alleged after a preposition",
			"H\nThe ombudsman Pedro Salas registered 40 cases of alleged “arbitrary or unlawful” detention through May.", 0},
		{"a named speaker's alleged is a verb of saying",
			"H\nProsecutor Pedro Salas alleged “the harbour guards took bribes from the smugglers for years.”", 1},
	} {
		if got := len(ex.Extract(article(c.text)).Statements); got != c.want {
			t.Errorf("%s: %d statements, want %d", c.name, got, c.want)
		}
	}
}

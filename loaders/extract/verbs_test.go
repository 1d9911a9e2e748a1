package extract

import "testing"

func TestVerbForms(t *testing.T) {
	for _, c := range []struct{ v, s, past, ing string }{
		{"reaffirm", "reaffirms", "reaffirmed", "reaffirming"},
		{"testify", "testifies", "testified", "testifying"},
		{"argue", "argues", "argued", "arguing"},
		{"stress", "stresses", "stressed", "stressing"},
		{"quip", "quips", "quipped", "quipping"},
		{"say", "says", "said", "saying"},
		{"agree", "agrees", "agreed", "agreeing"},
		{"sum", "sums", "summed", "summing"},
	} {
		s, past, ing := verbForms(c.v)
		if s != c.s || past != c.past || ing != c.ing {
			t.Errorf("verbForms(%q) = %q %q %q, want %q %q %q", c.v, s, past, ing, c.s, c.past, c.ing)
		}
	}
}

package extract

import "testing"

// TestAcuteApostrophe checks that an acute accent typed for an apostrophe
// joins a word as the apostrophe does, and splits off a possessive.
func TestAcuteApostrophe(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"the Chargé d´Affaires spoke", []string{"the", "charge", "d'affaires", "spoke"}},
		{"Peru´s minister", []string{"peru", "'s", "minister"}},
		{"Chargé d’Affaires", []string{"charge", "d'affaires"}},
	} {
		toks := tokenize(c.in, noKnownWords)
		var got []string
		for _, tk := range toks {
			got = append(got, tk.key)
		}
		if len(got) != len(c.want) {
			t.Errorf("tokenize(%q) keys = %q, want %q", c.in, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("tokenize(%q) keys = %q, want %q", c.in, got, c.want)
				break
			}
		}
	}
}

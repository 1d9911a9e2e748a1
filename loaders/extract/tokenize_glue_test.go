package extract

import (
	"strings"
	"testing"
)

// TestGlueSplit checks that a word fusing two capitalised words is split
// ("OrtegaPeru"), unless it is a brand before an organisation's head word
// ("RiverPoint Group").
func TestGlueSplit(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"said OrtegaPeru today", "said|ortega|peru|today"},
		{"the RiverPoint Group said", "the|riverpoint|group|said"},
		{"the RiverPoint office", "the|river|point|office"},
		{"Ortega said", "ortega|said"},
	} {
		var keys []string
		for _, tk := range tokenize(c.in, noKnownWords) {
			keys = append(keys, tk.key)
		}
		if got := strings.Join(keys, "|"); got != c.want {
			t.Errorf("tokenize(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

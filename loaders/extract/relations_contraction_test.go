package extract

import "testing"

// TestContractedAuxiliary: a pronoun with a contracted "have" or "be"
// ("we've", "we're", "I'm") is the verb's subject like the full form; "we'll"
// stays one word, and a name with an apostrophe is not split.
func TestContractedAuxiliary(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "curly we've in a statement by a president",
			text: "Statement by President Tomas Arvelo of Colombia on the Border Mission\n\nAnd we’ve worked with Ecuador and other partners to integrate oversight.",
			want: []string{"Colombia|cooperatesWith|Ecuador"}},
		{name: "straight we've",
			text: "Statement by President Tomas Arvelo of Colombia on the Border Mission\n\nWe've worked with Ecuador to train prison guards.",
			want: []string{"Colombia|cooperatesWith|Ecuador"}},
		{name: "I'm in a speaker's announcement",
			text: "Remarks by President Biden at the River Summit\n\nAnd today I’m pleased to announce $40 million in new humanitarian aid for Ecuador.",
			want: []string{"United States|supports|Ecuador"}},
		{name: "we'll stays one word",
			text: "Statement by President Tomas Arvelo of Colombia on the Border Mission\n\nWe'll work with Ecuador to train prison guards.",
			not:  []string{"Colombia|cooperatesWith|Ecuador"}},
	})
}

func TestSplitContraction(t *testing.T) {
	for _, c := range []struct {
		word, rest string
		want       bool
	}{
		{"we", "ve worked", true},
		{"They", "re working", true},
		{"we", "ve", true},
		{"we", "ll work", false},
		{"we", "d like", false},
		{"O", "Brien said", false},
		{"we", "vein", false},
		{"I", "m pleased", true},
		{"I", "ma go", false},
	} {
		if got := splitContraction(c.word, c.rest); got != c.want {
			t.Errorf("splitContraction(%q, %q) = %v, want %v", c.word, c.rest, got, c.want)
		}
	}
}

package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// shingles returns the set of runs of n consecutive words of text, words
// being lower-cased runs of letters, so that punctuation and layout do not
// hide a copy.
func shingles(text string, n int) map[string]bool {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) })
	out := map[string]bool{}
	for i := 0; i+n <= len(words); i++ {
		out[strings.Join(words[i:i+n], " ")] = true
	}
	return out
}

// TestShinglesOverlap checks the measure the test below relies on.
func TestShinglesOverlap(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"The Ruiz cartel was named today by the ministry of Peru.", "THE RUIZ CARTEL — was named, today, by the Ministry of Peru!", 1},
		{"The Ruiz cartel was named today by the ministry of Peru.", "A different sentence about the Lind gang in Chile and its leader.", 0},
	}
	for _, tt := range tests {
		if got := shareOf(shingles(tt.a, 4), shingles(tt.b, 4)); got != tt.want {
			t.Errorf("shareOf(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// shareOf is the share of the smaller set's members that the other holds.
func shareOf(a, b map[string]bool) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 {
		return 0
	}
	n := 0
	for s := range a {
		if b[s] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// TestRealTextsAreDistinct checks that no real text is a copy of another
// (four fifths or more of its eight-word runs found in one other text): a
// copy in two sets counts the same article twice, and one in a blind set
// of a text studied elsewhere is no longer blind. Texts from one template
// with different content share less and pass.
func TestRealTextsAreDistinct(t *testing.T) {
	paths, err := filepath.Glob("../../data/real/*/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	size := make([]int, len(paths))
	holders := map[string][]int{} // eight-word run: the texts holding it
	for i, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		runs := shingles(string(b), 8)
		size[i] = len(runs)
		for r := range runs {
			holders[r] = append(holders[r], i)
		}
	}
	shared := map[[2]int]int{}
	for _, hs := range holders {
		if len(hs) > 20 {
			continue // boilerplate many releases print
		}
		for x := range hs {
			for _, j := range hs[x+1:] {
				shared[[2]int{hs[x], j}]++
			}
		}
	}
	for pair, n := range shared {
		i, j := pair[0], pair[1]
		if o := float64(n) / float64(max(1, min(size[i], size[j]))); o >= 0.8 {
			t.Errorf("%s and %s share %.0f%% of their eight-word runs: one is a copy of the other", paths[i], paths[j], 100*o)
		}
	}
}

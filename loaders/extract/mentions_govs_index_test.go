package extract

import (
	"slices"
	"testing"
)

// TestAgencyKindsByFirst checks the index agencyCands tries phrases by:
// each agency kind is listed once, under its phrase's first word, and
// each word's kinds keep the lexicon's order (which decides the mentions'
// order).
func TestAgencyKindsByFirst(t *testing.T) {
	seen := make([]int, len(agencyKinds))
	for w, kinds := range agencyKindsByFirst {
		if !slices.IsSorted(kinds) {
			t.Errorf("kinds under %q = %v, want the lexicon's order", w, kinds)
		}
		for _, i := range kinds {
			seen[i]++
			if agencyKinds[i].words[0] != w {
				t.Errorf("kind %v listed under %q", agencyKinds[i].words, w)
			}
		}
	}
	for i, n := range seen {
		if n != 1 {
			t.Errorf("kind %v listed %d times, want once", agencyKinds[i].words, n)
		}
	}
}

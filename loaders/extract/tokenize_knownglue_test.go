package extract

import (
	"reflect"
	"testing"
)

// The sentences below are invented for this test; none is taken from an
// evaluation article.

// noKnownWords holds no word: every fused word splits.
func noKnownWords(string) bool { return false }

// TestKnownGlue checks that a one-word camel-case name the gazetteer
// lists stays one word, so the name is found and the sentence is not
// broken at its second capital, while other fused words still split.
func TestKnownGlue(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
		want       []string
	}{
		{"H\nAuditors traced the PetroCaribe loans offered by Venezuela to three ministries.", "PetroCaribe", []string{"Venezuela"}},
		{"H\nThe island kept buying fuel under PetroCaribe until 2019.", "PetroCaribe", nil},
	} {
		x := ex.Extract(article(c.text))
		got, found := agreementParties(x, c.name)
		if !found || !reflect.DeepEqual(got, c.want) {
			t.Errorf("Extract(%q): %s found %v parties %v, want %v (agreements %+v)", c.text, c.name, found, got, c.want, x.Agreements)
		}
	}
	toks := tokenize("The minister left.LagoVerde officials met.", ex.g.knownWord)
	var keys []string
	for _, tk := range toks {
		keys = append(keys, tk.key)
	}
	if want := []string{"the", "minister", "left", ".", "lago", "verde", "officials", "met", "."}; !reflect.DeepEqual(keys, want) {
		t.Errorf("tokenize split of an unlisted fused word = %v, want %v", keys, want)
	}
}

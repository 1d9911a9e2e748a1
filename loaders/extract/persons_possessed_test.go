package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestPossessedHeadlineNoun checks that in headline case a title word
// after "His"/"Her" and one capitalised word is a possessed noun, no
// person, while a title before a surname in prose still names one. All
// copy is invented.
func TestPossessedHeadlineNoun(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, person string
		want               bool
	}{
		{"long subheadline", "Harbour Master Charged\n\nFormer Harbour Master of Puerto Velda Reportedly Used His Official Position to Shield Timber Smugglers and Threaten a Local Reporter in a Scheme Run With Provincial Clerks and Several Customs Guards\n\nThe former harbour master was charged on Monday.", "Position", false},
		{"title before a surname in prose", "Talks\n\nOn Monday, Minister Vargas said the talks with Peru would resume.", "Vargas", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if got := hasEntity(x, c.person, schema.Person); got != c.want {
				t.Errorf("Extract(%q): person %q found = %v, want %v; entities %+v", c.text, c.person, got, c.want, x.Entities)
			}
		})
	}
}

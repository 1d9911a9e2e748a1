package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestSentencedPerson checks that a capitalised run a passive "was
// sentenced" or "was extradited" follows names a person, and that other
// passives give no such evidence. All copy is invented.
func TestSentencedPerson(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, person string
		want               bool
	}{
		{"sentenced", "Eluar Brandimo Tessa-Vorl was sentenced in Miami to ten years.", "Eluar Brandimo Tessa-Vorl", true},
		{"extradited", "Eluar Brandimo Tessa-Vorl was extradited to the United States.", "Eluar Brandimo Tessa-Vorl", true},
		{"other passive", "Quorvan Dellix Holdings was fined in Miami.", "Quorvan Dellix Holdings", false},
	} {
		x := ex.Extract(article("Head\n\n" + c.text + "\n"))
		if got := hasEntity(x, c.person, schema.Person); got != c.want {
			t.Errorf("%s: Extract(%q) entities %+v, person %s %v, want %v", c.name, c.text, x.Entities, c.person, got, c.want)
		}
	}
}

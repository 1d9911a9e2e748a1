package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestTheOpensCapitalisedTitle checks that a name set off by a comma after
// a capitalised title that "the" opens, over capitalised words and a
// body's name before its head, is a person ("the FBI Attaché to Peru, X").
func TestTheOpensCapitalisedTitle(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, person string
		want               bool
	}{
		{"body before the head", "Meeting Held\n\nThe meeting was hosted by the FBI Attaché to Peru, Oren Vasquez-Lum.", "Oren Vasquez-Lum", true},
		{"modifiers before the head, acronym after", "Meeting Held\n\nIt was opened by the Acting Executive Associate Director (EAD) for the FBI, Quill N. Varo, in Lima.", "Quill N. Varo", true},
		{"no title", "Meeting Held\n\nIt was opened in the Andean Hall, Quill Varo Street.", "Quill Varo", false},
	} {
		x := ex.Extract(article(c.text))
		if got := hasNamed(x, c.person, schema.Person); got != c.want {
			t.Errorf("%s: Extract(%q) has person %q = %v, want %v (entities %+v)", c.name, c.text, c.person, got, c.want, x.Entities)
		}
	}
}

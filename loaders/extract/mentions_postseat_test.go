package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestPostSeatAfterHead checks that a diplomatic post's seat written
// straight after its head ("U.S. Embassy Belize") or after "Consulate
// General in" is part of the post's name, that two seats stay two posts,
// and that a word of the post that is not a known place ends the name.
func TestPostSeatAfterHead(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"a state after the head",
			"Boat Seized\n\nThe boat was seized, said Lt. Corwin Abel, liaison officer, U.S. Embassy Belize. \"We will go on,\" he said.",
			[]string{"U.S. Embassy Belize"}, []string{"U.S. Embassy"}},
		{"a capital after the head, possessive",
			"Treaty Signed\n\nAlso present was U.S. Embassy Tegucigalpa's legal attaché Dorian Quill.",
			[]string{"U.S. Embassy Tegucigalpa"}, nil},
		{"two seats, two posts",
			"Posts Report\n\nThe report came from U.S. Embassy Belize. A second report came from U.S. Embassy Haiti.",
			[]string{"U.S. Embassy Belize", "U.S. Embassy Haiti"}, nil},
		{"consulate general in a city",
			"Alert Lifted\n\nThe U.S. Consulate General in Monterrey continues to watch the roads.",
			[]string{"U.S. Consulate General in Monterrey"}, []string{"U.S. Consulate"}},
		{"a speaker of the post is not its seat",
			"Note Issued\n\nA U.S. Embassy Spokesperson said the post stays open.",
			[]string{"U.S. Embassy"}, []string{"U.S. Embassy Spokesperson"}},
		{"a place that opens a longer name is not the seat",
			"Office Opens\n\nThe U.S. Embassy Belize Liaison Office opened on Monday.",
			nil, []string{"U.S. Embassy Belize"}},
	} {
		x := ex.Extract(article(c.text))
		for _, w := range c.want {
			if !hasNamed(x, w, schema.Agency) {
				t.Errorf("%s: Extract(%q) lacks agency %q (entities %+v)", c.name, c.text, w, x.Entities)
			}
		}
		for _, w := range c.not {
			if hasNamed(x, w, schema.Agency) {
				t.Errorf("%s: Extract(%q) has agency %q (entities %+v)", c.name, c.text, w, x.Entities)
			}
		}
	}
}

package extract

import "testing"

// TestUnmarkedContinuation checks that paragraphs going on with an open
// quotation without opening marks are the speaker's words when the last
// of them closes it, or when each speaks in the first person up to the
// end; and that narration after an unclosed quotation stays narration.
// All copy is invented.
func TestUnmarkedContinuation(t *testing.T) {
	ex := newExtractor(t)
	head := "Statement on the Arrests\n\nThe ministry issued the following statement from Minister Lucia Ferro:\n\n“Police have detained three leaders of the Red Harbor gang in a dawn raid on the port.\n\n"
	for _, c := range []struct {
		name, text string
		want       int
	}{
		{"closed at the end", head + "All three men face charges of smuggling weapons across the border.\n\nThe ministry will not rest until every member of the gang is held accountable.”\n", 3},
		{"first person to the end", head + "I thank the officers who carried out this operation, and we will keep working with them.\n", 2},
		{"narration after", head + "The ministry said the raid followed months of surveillance by the coast guard.\n", 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			n := 0
			for _, s := range x.Statements {
				if s.Speaker == "Lucia Ferro" {
					n++
				}
			}
			if n != c.want {
				t.Errorf("Extract(%q): %d statements of Lucia Ferro, want %d; statements %+v", c.text, n, c.want, x.Statements)
			}
		})
	}
}

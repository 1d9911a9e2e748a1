package extract

import "testing"

// TestMentionedReports checks that "mentioned" reports speech like
// "said": a name right before it is a person's, though the given name is
// unknown or the name is one word. All copy is invented.
func TestMentionedReports(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, person string
	}{
		{"a full name", "H\nZorvan Tesk mentioned the accord at the start of the briefing.", "Zorvan Tesk"},
		{"a given name alone", "H\nQ And one of the three ports that Ramiro mentioned: is it open?", "Ramiro"},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkPersons(t, ex, c.text, []string{c.person}, nil)
		})
	}
}

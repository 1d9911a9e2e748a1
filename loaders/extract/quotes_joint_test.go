package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestJointStatementSpeakers checks that a quotation given as a joint
// statement of two named people is each one's statement, and that a joint
// appearance is no joint statement. All copy is invented.
func TestJointStatementSpeakers(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want       []schema.Statement
	}{
		{"joint statement before the quotation, two appositions",
			"H\nIn a joint statement, Tomás Ridder, the director of the Port Authority and Elena Marsh, the chief of the Harbour Police said, “The port is safer than it was a year ago.”",
			[]schema.Statement{
				{Speaker: "Elena Marsh", Quote: "The port is safer than it was a year ago."},
				{Speaker: "Tomás Ridder", Quote: "The port is safer than it was a year ago."},
			}},
		{"joint statement after the quotation",
			"H\n“We will rebuild the bridge within the year,” said Tomás Ridder, in a joint statement with Elena Marsh.",
			[]schema.Statement{
				{Speaker: "Tomás Ridder", Quote: "We will rebuild the bridge within the year"},
				{Speaker: "Elena Marsh", Quote: "We will rebuild the bridge within the year"},
			}},
		{"a joint appearance is one speaker's",
			"H\n“The bridge will open in May,” Tomás Ridder said at a joint appearance with Governor Elena Marsh.",
			[]schema.Statement{{Speaker: "Tomás Ridder", Quote: "The bridge will open in May"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			var got []schema.Statement
			for _, s := range x.Statements {
				got = append(got, schema.Statement{Speaker: s.Speaker, Quote: s.Quote})
			}
			if len(got) != len(c.want) {
				t.Fatalf("Extract(%q) statements = %+v, want %+v", c.text, got, c.want)
			}
			for _, w := range c.want {
				found := false
				for _, g := range got {
					if g.Speaker == w.Speaker && g.Quote == w.Quote {
						found = true
					}
				}
				if !found {
					t.Errorf("Extract(%q) statements = %+v, want %+v among them", c.text, got, w)
				}
			}
		})
	}
}

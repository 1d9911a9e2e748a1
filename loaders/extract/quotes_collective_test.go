package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestGroupStatementSpeakers checks who speaks a quotation given to more
// than one person: given to a release's members as a group, it is the
// statement of the member the release names first, and a group of people
// who are no legislators, or "they" before a quotation, gives it to no
// one; given as a joint statement of two named people, it is each one's
// statement, and a joint appearance is no joint statement. The
// statements may come in any order. All copy is invented.
func TestGroupStatementSpeakers(t *testing.T) {
	ex := newExtractor(t)
	lede := "Wexford, Calloway Press Harbour Minister on Port Safety\n\nWASHINGTON – U.S. Senators Alma Wexford (D-Ore.) and Boris Calloway (R-Kan.) sent a letter to Harbour Minister Tomás Ridder on port safety.\n\n"
	for _, c := range []struct {
		name, text string
		want       []schema.Statement
	}{
		{"group after the quotation",
			lede + "“The port must be inspected before the winter season begins in earnest,” the senators wrote.",
			[]schema.Statement{{Speaker: "Alma Wexford", Quote: "The port must be inspected before the winter season begins in earnest"}}},
		{"verb then group after the quotation",
			lede + "“The port must be inspected before the winter season begins in earnest,” wrote the Members.",
			[]schema.Statement{{Speaker: "Alma Wexford", Quote: "The port must be inspected before the winter season begins in earnest"}}},
		{"they after the quotation",
			lede + "“The port must be inspected before the winter season begins in earnest,” they continued.",
			[]schema.Statement{{Speaker: "Alma Wexford", Quote: "The port must be inspected before the winter season begins in earnest"}}},
		{"group before the quotation",
			lede + "The lawmakers wrote, “The port must be inspected before the winter season begins in earnest.”",
			[]schema.Statement{{Speaker: "Alma Wexford", Quote: "The port must be inspected before the winter season begins in earnest."}}},
		{"group in a paragraph ending with a colon",
			lede + "The Senators wrote:\n\n“The port must be inspected before the winter season begins in earnest.”",
			[]schema.Statement{{Speaker: "Alma Wexford", Quote: "The port must be inspected before the winter season begins in earnest."}}},
		{"they before the quotation is no one's",
			lede + "The dockers stayed on strike. They said “we will not load a ship until the cranes are repaired.”",
			nil},
		{"no legislator named",
			"Port Update\n\nHarbour Minister Tomás Ridder visited the docks.\n\n“The port must be inspected before the winter season begins in earnest,” the members wrote.",
			nil},
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
			got := speakerQuotes(x)
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

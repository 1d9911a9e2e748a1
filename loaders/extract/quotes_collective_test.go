package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestCollectiveMembers checks that a quotation given to a release's
// members as a group is the statement of the member the release names
// first, and that a group of people who are no legislators, or "they"
// before a quotation, gives it to no one. All copy is invented.
func TestCollectiveMembers(t *testing.T) {
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
			for i := range got {
				if got[i].Speaker != c.want[i].Speaker || got[i].Quote != c.want[i].Quote {
					t.Errorf("Extract(%q) statement %d = %+v, want %+v", c.text, i, got[i], c.want[i])
				}
			}
		})
	}
}

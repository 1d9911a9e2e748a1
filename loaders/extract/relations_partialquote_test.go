package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestPartialQuotes: a quoted fragment opening on a lower-case word inside
// the writer's sentence is read as prose; a quoted sentence stays the
// speaker's, and a short quoted name is no fragment.
func TestPartialQuotes(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "fragment carried by the prose",
			text: "The minister said Chile is \"proud to be partners with Peru in the fight against smuggling.\"",
			want: []string{"Chile|cooperatesWith|Peru"}},
		{name: "a quoted sentence",
			text: "\"Chile works with Peru every day,\" the analyst said.",
			not:  []string{"Chile|cooperatesWith|Peru"}},
	})
}

package extract

import "testing"

// TestQuotedBodyTitle checks that inside a quotation a title written with
// its body before a name is a post, while a bare title there is the
// speaker's wording. All copy is invented.
func TestQuotedBodyTitle(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "body and title", text: "Case\n\n“We thank FBI Agent Dario Menendez for his work,” the minister said.",
			person: "Dario Menendez", title: "Agent", org: "Federal Bureau of Investigation"},
		{name: "a bare title", text: "Case\n\n“We thank Agent Dario Menendez for his work,” the minister said.",
			person: "Dario Menendez", title: "Agent", org: "Federal Bureau of Investigation", neg: true},
	})
}

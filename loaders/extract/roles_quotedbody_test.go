package extract

import "testing"

// TestQuotedBodyTitle checks that inside a quotation a title written with
// its body, or the adjective of its state, before a name is a post, while
// a bare title or a trade there is the speaker's wording. All copy is invented.
func TestQuotedBodyTitle(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "body and title", text: "Case\n\n“We thank FBI Agent Dario Menendez for his work,” the minister said.",
			person: "Dario Menendez", title: "Agent", org: "Federal Bureau of Investigation"},
		{name: "a bare title", text: "Case\n\n“We thank Agent Dario Menendez for his work,” the minister said.",
			person: "Dario Menendez", title: "Agent", org: "Federal Bureau of Investigation", neg: true},
		{name: "a state's adjective and title", text: "Extraditions\n\nTom Baker said, “We stand with Mexican Attorney General Rosa Quintero in this fight.”",
			person: "Rosa Quintero", title: "Attorney General", org: "Mexico"},
		{name: "a trade, not a post", text: "Extraditions\n\nTom Baker said, “We tracked Mexican drug kingpin Rosa Quintero for years.”",
			person: "Rosa Quintero", org: "Mexico", neg: true},
	})
}

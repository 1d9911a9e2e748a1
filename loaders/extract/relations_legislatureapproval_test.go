package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestLegislatureApproval checks that a legislature approving or passing
// an agreement ratifies it, in its own name, and that a bill passed, a
// body that is no legislature and a modal approval ratify nothing.
func TestLegislatureApproval(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a chamber passes the agreement",
			text: "Senator Ana Ruiz said the Senate passed the Chile Fisheries Agreement by a 70-20 vote.",
			want: []string{"U.S. Senate|ratified|Chile Fisheries Agreement"}},
		{name: "a legislature approves it, a describing word between",
			text: "The Peruvian Congress approved the new Chile Fisheries Agreement on Thursday.",
			want: []string{"Peruvian Congress|ratified|Chile Fisheries Agreement"}},
		{name: "a relative clause on the agreement",
			text: "Senator Ana Ruiz spoke on the Chile Fisheries Agreement that the Senate approved this afternoon.",
			want: []string{"U.S. Senate|ratified|Chile Fisheries Agreement"}},
		{name: "a relative clause whose verb has its own object",
			text: "Senator Ana Ruiz spoke on the Chile Fisheries Agreement the Senate approved the Andean Harbor Agreement with.",
			not:  []string{"U.S. Senate|ratified|Chile Fisheries Agreement"}},
		{name: "a bill that funds it is no agreement approved",
			text: "The Senate passed a spending bill that includes funding for the Andean Harbor Initiative.",
			not:  []string{"U.S. Senate|ratified|Andean Harbor Initiative", "United States|ratified|Andean Harbor Initiative"}},
		{name: "a ministry approving is no ratification",
			text: "Peru's Foreign Ministry approved the Chile Fisheries Agreement on Thursday.",
			not:  []string{"Peruvian Foreign Ministry|ratified|Chile Fisheries Agreement", "Peru|ratified|Chile Fisheries Agreement"}},
		{name: "a modal approval is no act",
			text: "The Senate would pass the Chile Fisheries Agreement next year, Senator Ana Ruiz said.",
			not:  []string{"U.S. Senate|ratified|Chile Fisheries Agreement"}},
	})
}

// TestLegislatureBody checks which bodies are a legislature or one of its
// chambers.
func TestLegislatureBody(t *testing.T) {
	for _, c := range []struct {
		name string
		typ  string
		want bool
	}{
		{"U.S. Senate", "Agency", true},
		{"House of Representatives", "Agency", true},
		{"National Assembly", "Agency", true},
		{"Senate Finance Committee", "Agency", false},
		{"Chamber of Deputies", "Agency", true},
		{"Library of Congress", "Agency", false},
		{"Ministry of Trade", "Agency", false},
		{"Congress", "Organization", false},
	} {
		e := &entity{name: c.name, typ: schema.EntityType(c.typ)}
		if got := legislatureBody(e); got != c.want {
			t.Errorf("legislatureBody(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

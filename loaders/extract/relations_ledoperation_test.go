package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestLedOperations: the leader of a led act ("the B-led operation", "an
// operation led by B") cooperates with the bodies that took part in it;
// a negated or planned part, or a led act naming no other body, states
// no cooperation, and the body an office belongs to is not a participant
// besides the office.
func TestLedOperations(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "participated in the B-led operation",
			text: "Several partners, including the Chilean Navy, participated in the Peruvian Navy-led operation.",
			want: []string{"Peruvian Navy|cooperatesWith|Chilean Navy"}},
		{name: "joined a B-led investigation",
			text: "The FBI joined the DEA-led investigation last spring.",
			want: []string{"Drug Enforcement Administration|cooperatesWith|Federal Bureau of Investigation"}},
		{name: "an operation led by B that includes A",
			text: "Operation Granite, a multi-agency operation led by the FBI that includes Drug Enforcement Administration agents, began in 2021.",
			want: []string{"Federal Bureau of Investigation|cooperatesWith|Drug Enforcement Administration"}},
		{name: "an office named with its parent",
			text: "Officers from ICE's Enforcement and Removal Operations joined the FBI-led investigation into the smuggling ring in March.",
			want: []string{"Federal Bureau of Investigation|cooperatesWith|Enforcement and Removal Operations"},
			not:  []string{"Federal Bureau of Investigation|cooperatesWith|U.S. Immigration and Customs Enforcement"}},
		{name: "a negated part",
			text: "The FBI did not participate in the DEA-led investigation.",
			not:  []string{"Drug Enforcement Administration|cooperatesWith|Federal Bureau of Investigation"}},
		{name: "a planned part",
			text: "The FBI will join the DEA-led investigation.",
			not:  []string{"Drug Enforcement Administration|cooperatesWith|Federal Bureau of Investigation"}},
	})
}

// TestLedOperationTextStart: a led act whose leader opens the text ("DEA-led
// operation …" as a headline) has no word before the leader to read.
func TestLedOperationTextStart(t *testing.T) {
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := schema.Article{ID: "t", Text: "DEA-led operation nets 30 arrests\n\nAgents arrested 30 people on Monday."}
	if _, err := ex.ExtractBounded(a); err != nil {
		t.Fatalf("ExtractBounded: %v", err)
	}
}

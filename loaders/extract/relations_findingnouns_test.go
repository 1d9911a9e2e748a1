package extract

import "testing"

// TestFindingViolenceNouns: violence, brutality, harassment, assaults,
// attacks and threats are abuses a monitor finds; their doer after "by"
// is accused. All copy is invented.
func TestFindingViolenceNouns(t *testing.T) {
	const head = "Paraguay 2031 Human Rights Report: c. Torture\n\n"
	checkRelCases(t, []relCase{
		{name: "violence by a named unit",
			text: head + "The Andean Rights Observatory reported 40 cases of violence by the Riverine Guard against peaceful marchers.",
			want: []string{"Andean Rights Observatory|accused|Riverine Guard"}},
		{name: "harassment by police: the state",
			text: head + "The Andean Rights Observatory documented harassment by police of reporters in Pilar.",
			want: []string{"Andean Rights Observatory|accused|Paraguay"}},
		{name: "no doer: none",
			text: head + "The Andean Rights Observatory reported 40 threats against reporters in Pilar.",
			not:  []string{"Andean Rights Observatory|accused|Paraguay"}},
	})
}

package extract

import "testing"

// TestPossessedBodyActor: a state's possessive before one of its bodies
// ("with help from Peru's Financial Crimes Office") names the body as
// the actor, not the state. All copy is invented.
func TestPossessedBodyActor(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "help from a state's unit",
			text: "The case was investigated by the Drug Enforcement Administration, with help from Peru’s Financial Crimes Office, which froze 12 accounts.",
			want: []string{"Drug Enforcement Administration|cooperatesWith|Financial Crimes Office"},
			not:  []string{"Drug Enforcement Administration|cooperatesWith|Peru"}},
		{name: "the state itself",
			text: "The case was investigated by the Drug Enforcement Administration, in coordination with Peru.",
			want: []string{"Drug Enforcement Administration|cooperatesWith|Peru"}},
	})
}

package extract

import "testing"

// TestInteragencyActs: an "interagency" act, like a
// joint one, is common to the bodies listed after it.
func TestInteragencyActs(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "interagency operation by",
			text: "The seizure in Tucson followed an interagency operation by the FBI and the Drug Enforcement Administration.",
			want: []string{"Federal Bureau of Investigation|cooperatesWith|Drug Enforcement Administration"}},
		{name: "interagency effort of",
			text: "The charges are part of an interagency effort of the FBI and U.S. Customs and Border Protection against smugglers.",
			want: []string{"Federal Bureau of Investigation|cooperatesWith|U.S. Customs and Border Protection"}},
	})
}

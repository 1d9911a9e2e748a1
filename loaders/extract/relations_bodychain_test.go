package extract

import "testing"

// TestPartNamed: an agency's name right before another's only qualifies
// it; the partner or target is the part named.
func TestPartNamed(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "agency before its office, over the office's acronym",
			text: "The Border Removal Unit works with the DEA Special Operations Division (SOD) Office of Financial Tracing to find fugitives.",
			want: []string{"Border Removal Unit|cooperatesWith|Office of Financial Tracing"},
			not:  []string{"Border Removal Unit|cooperatesWith|Drug Enforcement Administration"}},
		{name: "agency's possessive",
			text: "The Border Removal Unit works with the FBI's Criminal Investigative Division to find fugitives.",
			want: []string{"Border Removal Unit|cooperatesWith|Criminal Investigative Division"},
			not:  []string{"Border Removal Unit|cooperatesWith|Federal Bureau of Investigation"}},
		{name: "two agencies in a list stay two",
			text: "The Border Removal Unit works with the FBI and the Criminal Investigative Division to find fugitives.",
			want: []string{"Border Removal Unit|cooperatesWith|Federal Bureau of Investigation", "Border Removal Unit|cooperatesWith|Criminal Investigative Division"}},
	})
}

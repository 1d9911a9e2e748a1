package extract

import "testing"

// TestFindingCompoundDoers: a monitor's finding whose doers a hyphenated
// compound describes ("junta-backed security forces, specifically X and
// Y") and whose abuse verb names what the doers did to their victims
// ("subjected detainees to torture", "harassed reporters") accuses the
// named doers and the report's state. All copy is invented.
func TestFindingCompoundDoers(t *testing.T) {
	const head = "Paraguay 2031 Human Rights Report: c. Torture\n\n"
	checkRelCases(t, []relCase{
		{name: "hyphenated description, named units, subjected",
			text: head + "The Andean Rights Observatory found that junta-backed security forces, specifically the Riverine Guard and the Border Brigade, subjected prisoners to beatings.",
			want: []string{"Andean Rights Observatory|accused|Riverine Guard", "Andean Rights Observatory|accused|Border Brigade", "Andean Rights Observatory|accused|Paraguay"}},
		{name: "harassed",
			text: head + "The Andean Rights Observatory reported that the Riverine Guard harassed reporters in Pilar.",
			want: []string{"Andean Rights Observatory|accused|Riverine Guard"}},
		{name: "no abuse verb: none",
			text: head + "The Andean Rights Observatory reported that state-run security forces patrolled Pilar.",
			not:  []string{"Andean Rights Observatory|accused|Paraguay"}},
	})
}

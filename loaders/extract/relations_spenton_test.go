package extract

import "testing"

// TestSpentOnMeeting: a participle of meeting after a noun of time, of a
// trip or of a place is the clause subject's act; after a noun for
// people it is theirs.
func TestSpentOnMeeting(t *testing.T) {
	w := []string{"Ana Ruiz|metWith|Tomas Herrera"}
	checkRelCases(t, []relCase{
		{name: "began the visit",
			text: "Gen. Ana Ruiz began her visit meeting with President Tomas Herrera at the palace.", want: w},
		{name: "over a place",
			text: "Gen. Ana Ruiz began her visit in the Paraguayan capital meeting with President Tomas Herrera at the palace.", want: w},
		{name: "spent the morning",
			text: "Gen. Ana Ruiz spent the morning meeting with President Tomas Herrera at the palace.", want: w},
		{name: "people, not a stretch of time",
			text: "Gen. Ana Ruiz praised the officials meeting with President Tomas Herrera at the palace.", not: w},
	})
}

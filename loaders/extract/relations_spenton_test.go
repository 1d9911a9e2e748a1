package extract

import "testing"

// TestSpentOnMeeting: a participle of meeting after a noun of time, of a
// trip or of a place is the clause subject's act; after a noun for
// people it is theirs.
func TestSpentOnMeeting(t *testing.T) {
	w := []string{"Ana Ruiz|metWith|Tomas Herrera"}
	checkRelCases(t, []relCase{
		{name: "began the visit",
			text: "Adm. Ana Ruiz opened the tour meeting with President Tomas Herrera in his office.", want: w},
		{name: "over a place",
			text: "Adm. Ana Ruiz opened the tour in the Paraguayan city meeting with President Tomas Herrera in his office.", want: w},
		{name: "spent the morning",
			text: "Adm. Ana Ruiz passed the afternoon meeting with President Tomas Herrera in his office.", want: w},
		{name: "people, not a stretch of time",
			text: "Adm. Ana Ruiz praised the officials meeting with President Tomas Herrera in his office.", not: w},
	})
}

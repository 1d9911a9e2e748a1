package extract

import "testing"

// TestTitleBetweenTitled checks that in a list of titled people an
// apposition after one of them that a comma and a ranked name follow is
// the next person's title, while a plain apposition stays its person's.
// All copy is invented.
func TestTitleBetweenTitled(t *testing.T) {
	list := "Visit\n\nOn the second day, the general was joined by NORTHCOM's Senior Foreign Policy Adviser, Amb. Ana Ruiz, the head of the Andean Exercises Directorate, Peruvian Brig. Gen. Carlos Vega, and others."
	checkRoles(t, []roleCase{
		{name: "the next person's", text: list, person: "Carlos Vega", title: "head", org: "Andean Exercises Directorate"},
		{name: "not the titled one's", text: list, person: "Ana Ruiz", title: "head", org: "Andean Exercises Directorate", neg: true},
		{name: "a plain apposition", text: "Visit\n\nThe admiral met Ana Ruiz, the head of the Andean Exercises Directorate, on Monday.",
			person: "Ana Ruiz", title: "head", org: "Andean Exercises Directorate"},
	})
}

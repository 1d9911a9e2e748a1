package extract

import "testing"

// TestSingleSeatOffice checks that of two presidents named side by side,
// the one the text gives no government is not put at the other's: a state
// has one president at a time, and his is the other state the copy is
// about. A president of another time, named alone, is left where the bare
// title puts him. All copy is invented.
func TestSingleSeatOffice(t *testing.T) {
	const us = "The United States and Paraguay held talks in Washington. The United States will fund a laboratory. "
	const summit = "H\n" + us + "U.S. President Alan Marsh welcomed the talks. They follow the summit between President Marsh and President Talvik last year."
	checkRoles(t, []roleCase{
		{name: "two presidents side by side, the second a foreign one",
			text:   "H\n" + us + "U.S. President Alan Marsh welcomed the talks. The group is a key outcome of President Marsh's and President Oren Talvik's decision to resume cooperation.",
			person: "Oren Talvik", title: "President", org: "Paraguay"},
		{name: "joined by and",
			text:   summit,
			person: "Talvik", title: "President", org: "Paraguay"},
		{name: "not at the first president's state",
			text:   summit,
			person: "Talvik", title: "President", org: "United States", neg: true},
		{name: "the stated holder keeps the seat",
			text:   summit,
			person: "Alan Marsh", title: "President", org: "United States"},
		{name: "a president of another time, named alone",
			text:   "H\n" + us + "U.S. President Alan Marsh welcomed the talks. In 1961, President Edwin Harlow proposed the first such laboratory.",
			person: "Edwin Harlow", title: "President", org: "Paraguay", neg: true},
	})
}

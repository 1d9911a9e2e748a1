package extract

import "testing"

// TestBombing: a bombing is an attack: "the X bombing of Y", "X bombed Y".
func TestBombing(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "noun with its actor before",
			text: "Officials marked the anniversary of the brutal ELN bombing of the Colombian National Police headquarters in Bogota.",
			want: []string{"National Liberation Army|attacked|Colombian National Police"}},
		{name: "verb",
			text: "The ELN bombed a base of the Colombian National Police in Arauca on Monday.",
			want: []string{"National Liberation Army|attacked|Colombian National Police"}},
	})
}

package extract

import "testing"

// TestBodyWordTitle checks that a capitalised word between a body's name,
// with or without a possessive, and a title head belongs to the title:
// "ACRONYM Civilian Deputy to the Commander, X".
func TestBodyWordTitle(t *testing.T) {
	const lead = "Commander Visits Lima\n\nLIMA, Peru — Gen. Rita Moss, commander of U.S. Southern Command (SOUTHCOM), visited Peru this week. "
	checkRoles(t, []roleCase{
		{name: "body without a possessive", text: lead + "She was joined by SOUTHCOM Civilian Deputy to the Commander, Amb. Jon Tarr.",
			person: "Jon Tarr", title: "Civilian Deputy to the Commander", org: "U.S. Southern Command"},
		{name: "body with a possessive", text: lead + "She was joined by SOUTHCOM’s Civilian Deputy to the Commander, Amb. Jon Tarr.",
			person: "Jon Tarr", title: "Civilian Deputy to the Commander", org: "U.S. Southern Command"},
	})
}

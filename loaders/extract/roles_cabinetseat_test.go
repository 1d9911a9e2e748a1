package extract

import "testing"

// TestCabinetSeat checks that the head of a US executive department,
// acting or not, holds the post in the United States government, while
// the department's other officers hold theirs in the department. All
// copy is invented.
func TestCabinetSeat(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "acting secretary, portfolio", text: "H\nThe Department of Defense said Acting Secretary of Defense Mark Hollis met Colombian officials in Bogota on Monday.",
			person: "Mark Hollis", org: "United States"},
		{name: "acting secretary of the department, apposition",
			text:   "H\nWASHINGTON - Today, the Acting Secretary of the Department of Homeland Security, Dana Pruitt, met the President of Honduras.",
			person: "Dana Pruitt", org: "United States"},
		{name: "not the department", text: "H\nThe Department of Defense said Acting Secretary of Defense Mark Hollis met Colombian officials in Bogota on Monday.",
			person: "Mark Hollis", org: "Department of Defense", neg: true},
		{name: "an assistant secretary stays in the department",
			text:   "H\nThe Department of Defense sent a team to Lima. Assistant Secretary of Defense for Andean Affairs, Mr. Daniel Quintrell, led it.",
			person: "Daniel Quintrell", org: "Department of Defense"},
	})
}

package extract

import "testing"

// TestMissionReferent checks that "the mission's TITLE" before or after a
// name refers back to the mission named before. All copy is invented.
func TestMissionReferent(t *testing.T) {
	const before = "H\nThe Multinational Security Support Mission arrived in Haiti. The mission's commander, Tomas Kiprono Ruto, said so.\n"
	const after = "H\nThe Multinational Security Support Mission arrived in Haiti. Tomas Kiprono Ruto, the mission's deputy commander, said so.\n"
	checkRoles(t, []roleCase{
		{name: "before the name", text: before, person: "Tomas Kiprono Ruto", title: "commander", org: "Multinational Security Support Mission"},
		{name: "after the name", text: after, person: "Tomas Kiprono Ruto", org: "Multinational Security Support Mission"},
		{name: "not the host", text: before, person: "Tomas Kiprono Ruto", org: "Haiti", neg: true},
	})
}

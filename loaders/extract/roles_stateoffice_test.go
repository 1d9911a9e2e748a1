package extract

import "testing"

// TestStateOfficeAtNamedState checks that a lower-case state office before
// a name is held at the state the text last named, not at the report's
// country, and that without a named state no such role is read. All copy
// is invented.
func TestStateOfficeAtNamedState(t *testing.T) {
	report := "Mexico: Disappearance\n\n"
	checkRoles(t, []roleCase{
		{name: "state named in the sentence before",
			text:   report + "In March, 12 former Colima state police officers were charged with torture. In June former state attorney general Ramon Vidal Ochoa was arrested.",
			person: "Ramon Vidal Ochoa", org: "Colima"},
		{name: "state police chief",
			text:   report + "Courts in Durango State ordered 9 officials detained. Former state police chief Ernesto Lira Paz was among them.",
			person: "Ernesto Lira Paz", org: "Durango"},
		{name: "no state named",
			text:   report + "Prosecutors said former state attorney general Ramon Vidal Ochoa was arrested in June.",
			person: "Ramon Vidal Ochoa", org: "Colima", neg: true},
	})
}

package extract

import "testing"

// TestServedHolderRoles checks "the TITLE for|to [DEMONYM] OFFICE X, Y,":
// Y holds the title in X's government, and X's title is only the office
// after "for". All copy is invented.
func TestServedHolderRoles(t *testing.T) {
	const text = "Plan works\n\nThe security spokesman for Dominican President Luis Abinader, Ramon Quintero Salas, said the plan works.\n"
	checkRoles(t, []roleCase{
		{name: "the apposed person holds the post", text: text,
			person: "Ramon Quintero Salas", title: "security spokesman", org: "Dominican Republic"},
		{name: "the office holder keeps the office", text: text,
			person: "Luis Abinader", title: "President", org: "Dominican Republic"},
		{name: "to the office", text: "Plan works\n\nThe chief of staff to President Luis Abinader, Ramon Quintero Salas, said the plan works.\n",
			person: "Ramon Quintero Salas", org: "Dominican Republic"},
		{name: "a list of two people is no apposition", text: "Plan works\n\nPresident Luis Abinader, Ramon Quintero Salas and others said the plan works.\n",
			person: "Ramon Quintero Salas", org: "Dominican Republic", neg: true},
	})
}

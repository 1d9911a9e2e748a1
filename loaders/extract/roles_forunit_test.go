package extract

import "testing"

// TestPossessedUnitAfterName checks the unit named after a person's name
// through a possessor ("of the X's Y", also past the possessor's acronym in
// parentheses, and "for the X's Y"), and that "for" naming no unit gives
// no post. All copy is invented.
func TestPossessedUnitAfterName(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "for the possessor's unit", text: "Verdict\n\nActing Special Agent in Charge Harold Quint for the Drug Enforcement Administration’s (DEA) Tulsa Field Division announced the verdict.\n",
			person: "Harold Quint", title: "Acting Special Agent in Charge", org: "Tulsa Field Division"},
		{name: "of, past the possessor's acronym", text: "Verdict\n\nSpecial Agent in Charge Nora Lettley of U.S. Immigration and Customs Enforcement’s (ICE) Homeland Security Investigations (HSI) Tulsa announced the verdict.\n",
			person: "Nora Lettley", title: "Special Agent in Charge", org: "Homeland Security Investigations"},
		{name: "of, past the acronym: not the possessor", text: "Verdict\n\nSpecial Agent in Charge Nora Lettley of U.S. Immigration and Customs Enforcement’s (ICE) Homeland Security Investigations (HSI) Tulsa announced the verdict.\n",
			person: "Nora Lettley", title: "Special Agent in Charge", org: "U.S. Immigration and Customs Enforcement", neg: true},
		{name: "for a body, not its unit", text: "Thanks\n\nThe minister thanked Director Walter Morrow for the Drug Enforcement Administration’s help on Monday.\n",
			person: "Walter Morrow", title: "Director", org: "Drug Enforcement Administration", neg: true},
	})
}

package extract

import "testing"

// TestCapsNameAfterDatelineDash checks that a name in capitals right after
// a dateline's dash and before a comma is the person the sentence opens
// with, and that a place in capitals there is not. All copy is invented.
func TestCapsNameAfterDatelineDash(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "a caps name after the dash", text: "Extradition\n\nJAN 9 -- HAROLD J. QUINT, Special Agent in Charge of the Drug Enforcement Administration, announced the extradition of two men.\n",
			person: "Harold J. Quint", title: "Special Agent in Charge", org: "Drug Enforcement Administration"},
		{name: "no comma after the run", text: "Extradition\n\nJAN 9 -- HAROLD J. QUINT announced the extradition of two men for the Drug Enforcement Administration.\n",
			person: "Harold J. Quint", org: "Drug Enforcement Administration", neg: true},
	})
}

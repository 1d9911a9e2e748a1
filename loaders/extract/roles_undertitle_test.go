package extract

import "testing"

// TestUnderSecretaryTitle checks that "Under" before "Secretary" is a
// modifier of the title, so "DEPARTMENT Under Secretary for REMIT" is a post
// in the department whether it precedes the name or follows it in
// apposition. All copy is invented.
func TestUnderSecretaryTitle(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "apposition after said", text: "H\nThe rules take effect in May, said Paul R. Hendry, Treasury Under Secretary for Enforcement.\n",
			person: "Paul R. Hendry", org: "Department of the Treasury"},
		{name: "before the name", text: "H\nTreasury Under Secretary for Enforcement Mary Q. Lenox spoke in Miami on Monday.\n",
			person: "Mary Q. Lenox", org: "Department of the Treasury"},
		{name: "an assistant secretary still works", text: "H\nThe rules take effect in May, said Dana Fulmer, Treasury Assistant Secretary for Economic Policy.\n",
			person: "Dana Fulmer", org: "Department of the Treasury"},
		{name: "a preposition before a title is no modifier", text: "H\nThe unit works under Director Sam Okafor of the Census Bureau.\n",
			person: "Sam Okafor", org: "Department of the Treasury", neg: true},
	})
}

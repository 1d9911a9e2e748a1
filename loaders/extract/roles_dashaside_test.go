package extract

import "testing"

// TestRoleInADashAside checks that a title set off by spaced dashes after
// a name is the named person's ("X - leader of the Y gang - was …"), and
// that a lone dash after a name opens no aside. All copy is invented.
func TestRoleInADashAside(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "an aside between hyphens", text: "Gang Boss Held\n\nPolice say they detained Ramiro Ostos - leader of the Costa Verde gang - as he left a restaurant in Lima.\n",
			person: "Ramiro Ostos", org: "Costa Verde"},
		{name: "an aside between em dashes", text: "Gang Boss Held\n\nPolice say they detained Ramiro Ostos — leader of the Costa Verde gang — as he left a restaurant in Lima.\n",
			person: "Ramiro Ostos", org: "Costa Verde"},
		{name: "one dash is no aside", text: "Gang Boss Held\n\nPolice detained Ramiro Ostos - and the leader of the Costa Verde gang fled.\n",
			person: "Ramiro Ostos", org: "Costa Verde", neg: true},
	})
}

package extract

import "testing"

// TestAndMemberAppositions: membership closing a person's apposition after
// other descriptions makes the person a member, the group also named
// after "known as"; a member of a new clause after a bare comma is not the
// person's. All copy is invented.
func TestAndMemberAppositions(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "age, origin, and a member of a gang known as",
			text: "Hector Rivas-Mena, 26, from El Salvador, and a member of the transnational criminal street gang known as MS-13, was removed on Monday.",
			want: []string{"Hector Rivas-Mena|memberOf|MS-13"}},
		{name: "national and an associate",
			text: "The Costa Alta Cartel is a violent group. Victor Soto-Ruiz, a citizen of Honduras and an associate of the Costa Alta Cartel, was deported.",
			want: []string{"Victor Soto-Ruiz|memberOf|Costa Alta Cartel"}},
		{name: "known as after a copula",
			text: "Oscar Lemus-Paz, 31, is a member of the street gang known as Barrio 18.",
			want: []string{"Oscar Lemus-Paz|memberOf|Barrio 18"}},
		{name: "a new clause after a bare comma",
			text: "Police arrested Hector Rivas-Mena, and a member of MS-13 was detained later.",
			not:  []string{"Hector Rivas-Mena|memberOf|MS-13"}},
	})
}

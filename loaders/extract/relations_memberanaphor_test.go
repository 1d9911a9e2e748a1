package extract

import "testing"

// TestMemberOfGroupAnaphor: "a member of the organization (cartel, gang)"
// is a member of the one criminal group named just before; with no group
// named in the sentences before it gives no tie. All copy is invented.
func TestMemberOfGroupAnaphor(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a senior member of the organization",
			text: "The Costa Alta Cartel traffics cocaine. Lisandro Quintal-Becerra, a senior member of the organization, was arrested in Panama.",
			want: []string{"Lisandro Quintal-Becerra|memberOf|Costa Alta Cartel"}},
		{name: "is a member of the gang",
			text: "MS-13 operates in Maryland. Police said Walter Cortez-Pena is a member of the gang.",
			want: []string{"Walter Cortez-Pena|memberOf|MS-13"}},
		{name: "no group before",
			text: "Walter Cortez-Pena is a member of the group. The Costa Alta Cartel traffics cocaine.",
			not:  []string{"Walter Cortez-Pena|memberOf|Costa Alta Cartel"}},
	})
}

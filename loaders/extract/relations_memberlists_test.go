package extract

import "testing"

// TestGroupMemberLists: people listed after "including" or "such as"
// under a named group's plural member noun are its members; a verb after
// the noun opens no list of its members. All copy is invented.
func TestGroupMemberLists(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "group figures, including",
			text: "H\nOFAC added key Gulf Cartel figures, including Ramiro Solis Vega and Efrain Mata Rueda, to its list.",
			want: []string{"Ramiro Solis Vega|memberOf|Gulf Cartel", "Efrain Mata Rueda|memberOf|Gulf Cartel"}},
		{name: "members of the group, such as",
			text: "H\nPolice arrested several members of the Gulf Cartel, such as Ramiro Solis Vega, in Reynosa.",
			want: []string{"Ramiro Solis Vega|memberOf|Gulf Cartel"}},
		{name: "a verb after the noun",
			text: "H\nGulf Cartel members met officials, including Ramiro Solis Vega, in Matamoros.",
			not:  []string{"Ramiro Solis Vega|memberOf|Gulf Cartel"}},
	})
}

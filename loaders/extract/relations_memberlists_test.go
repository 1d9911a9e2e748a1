package extract

import "testing"

// TestGroupMemberLists: people listed after "including" or "such as"
// under a named group's plural member noun are its members, as are the
// people opening the items of a colon list after "traffickers associated
// with" a group; a verb after the noun opens no list of its members. All
// copy is invented.
func TestGroupMemberLists(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "group figures, including",
			text: "H\nOFAC added key Gulf Cartel figures, including Ramiro Solis Vega and Efrain Mata Rueda, to its list.",
			want: []string{"Ramiro Solis Vega|memberOf|Gulf Cartel", "Efrain Mata Rueda|memberOf|Gulf Cartel"}},
		{name: "members of the group, such as",
			text: "H\nPolice arrested several members of the Gulf Cartel, such as Ramiro Solis Vega, in Reynosa.",
			want: []string{"Ramiro Solis Vega|memberOf|Gulf Cartel"}},
		{name: "traffickers tied to the group, a colon list",
			text: "H\nThe program offers rewards for the following traffickers associated with the Gulf Cartel in Mexico: Ramiro Solis Vega, known as “El Tio,” up to $5 million; and Efrain Mata Rueda, known as “Pancho,” up to $3 million.",
			want: []string{"Ramiro Solis Vega|memberOf|Gulf Cartel", "Efrain Mata Rueda|memberOf|Gulf Cartel"}},
		{name: "an item that names no one first",
			text: "H\nThe program covers individuals associated with the Gulf Cartel: rewards for Ramiro Solis Vega; and two others.",
			not:  []string{"Ramiro Solis Vega|memberOf|Gulf Cartel"}},
		{name: "a verb after the noun",
			text: "H\nGulf Cartel members met officials, including Ramiro Solis Vega, in Matamoros.",
			not:  []string{"Ramiro Solis Vega|memberOf|Gulf Cartel"}},
	})
}

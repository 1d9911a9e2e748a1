package extract

import "testing"

// TestGroupLeaderRoles: people listed after "including" or "such as" under
// a named group's plural leader noun hold that title in the group; a verb
// after the noun opens no list of its leaders.
func TestGroupLeaderRoles(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "group leaders, including",
			text:   "H\nOFAC added Gulf Cartel leaders, including Ramiro Solis Vega and Efrain Mata Rueda, to its list.",
			person: "Efrain Mata Rueda", title: "leader", org: "Gulf Cartel"},
		{name: "participle phrase, such as",
			text:   "H\nThe individuals include key Gulf Cartel commanders involved in large-scale extortion such as Ramiro Solis Vega, Anselmo Tovar Ruiz and Efrain Mata Rueda.",
			person: "Anselmo Tovar Ruiz", title: "commander", org: "Gulf Cartel"},
		{name: "leaders of the group",
			text:   "H\nOFAC designated three leaders of the Gulf Cartel, including Ramiro Solis Vega.",
			person: "Ramiro Solis Vega", title: "leader", org: "Gulf Cartel"},
		{name: "a verb after the noun",
			text:   "H\nGulf Cartel leaders met officials, including Ramiro Solis Vega, in Matamoros.",
			person: "Ramiro Solis Vega", org: "Gulf Cartel", neg: true},
	})
}

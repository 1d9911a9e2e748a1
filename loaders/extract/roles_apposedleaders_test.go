package extract

import "testing"

// TestApposedLeaderRoles: a list of two or more people apposed to a named
// group's plural leader noun after a comma or a dash hold the noun's title
// in the group; one name after the comma, or a list running on into a
// verb, gives nothing. All copy is invented.
func TestApposedLeaderRoles(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "a dashed list after the group's leaders",
			text:   "H\nThe reward program helped capture all three of the original Gulf Cartel leaders -- Ramiro Solis Vega, Anselmo Tovar Ruiz, And Efrain Mata Rueda -- in the 1990s.",
			person: "Anselmo Tovar Ruiz", title: "leader", org: "Gulf Cartel"},
		{name: "an en dash",
			text:   "H\nPolice arrested two Gulf Cartel commanders – Ramiro Solis Vega and Efrain Mata Rueda – in Reynosa.",
			person: "Efrain Mata Rueda", title: "commander", org: "Gulf Cartel"},
		{name: "the leadership of the group",
			text:   "H\nIn 2009, OFAC also identified the leadership of the Gulf Cartel, Ramiro Solis Vega and Efrain Mata Rueda, as narcotics traffickers.",
			person: "Ramiro Solis Vega", title: "leader", org: "Gulf Cartel"},
		{name: "one name after the comma",
			text:   "H\nWe met the Gulf Cartel leaders, Ramiro Solis Vega said.",
			person: "Ramiro Solis Vega", org: "Gulf Cartel", neg: true},
		{name: "a list running on into a verb",
			text:   "H\nAfter the talks with Gulf Cartel leaders, Ramiro Solis Vega and Efrain Mata Rueda left Matamoros.",
			person: "Efrain Mata Rueda", org: "Gulf Cartel", neg: true},
	})
}

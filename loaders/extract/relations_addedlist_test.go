package extract

import "testing"

// TestAddedToList: a sanctions office adding named people "to the … list"
// designates each; an office that is not the subject, or no list, does not.
func TestAddedToList(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "added the names of … to the list",
			text: "Treasury Acts Against Traffickers\n\nWASHINGTON — The Treasury's Office of Foreign Assets Control (OFAC) has added the names of Gulf Cartel leaders, including Ramiro Solis Vega and Efrain Mata Rueda, to the list of persons designated under the Foreign Narcotics Kingpin Designation Act (Kingpin Act).",
			want: []string{"Office of Foreign Assets Control|designated|Ramiro Solis Vega", "Office of Foreign Assets Control|sanctioned|Efrain Mata Rueda"}},
		{name: "added to the SDN list",
			text: "Treasury Acts Against Traffickers\n\nWASHINGTON — Today, OFAC added Teodoro Lazcano Vidal to the Specially Designated Nationals List.",
			want: []string{"Office of Foreign Assets Control|sanctioned|Teodoro Lazcano Vidal"}},
		{name: "no list after to",
			text: "Treasury Acts Against Traffickers\n\nWASHINGTON — Today, OFAC added Teodoro Lazcano Vidal to its team of analysts in Miami.",
			not:  []string{"Office of Foreign Assets Control|sanctioned|Teodoro Lazcano Vidal"}},
		{name: "another subject",
			text: "Treasury Acts Against Traffickers\n\nWASHINGTON — OFAC is a Treasury office. The newspaper added Teodoro Lazcano Vidal to its list of sources.",
			not:  []string{"Office of Foreign Assets Control|sanctioned|Teodoro Lazcano Vidal"}},
	})
}

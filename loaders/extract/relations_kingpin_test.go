package extract

import "testing"

// TestKingpinListing: a sanctions office's designations in a text that
// names the Kingpin Act are listings as well as sanctions; without it they
// are sanctions only.
func TestKingpinListing(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "under the Kingpin Act",
			text: "Treasury Targets Traffickers\n\nWASHINGTON — The Treasury's Office of Foreign Assets Control (OFAC) today designated Ramiro Solis Vega and Efrain Mata Rueda under the Foreign Narcotics Kingpin Designation Act (Kingpin Act).",
			want: []string{"Office of Foreign Assets Control|designated|Ramiro Solis Vega", "Office of Foreign Assets Control|sanctioned|Ramiro Solis Vega", "Office of Foreign Assets Control|designated|Efrain Mata Rueda"}},
		{name: "no Kingpin Act",
			text: "Treasury Targets Traffickers\n\nWASHINGTON — The Treasury's Office of Foreign Assets Control (OFAC) today designated Ramiro Solis Vega for his role in a smuggling ring.",
			want: []string{"Office of Foreign Assets Control|sanctioned|Ramiro Solis Vega"},
			not:  []string{"Office of Foreign Assets Control|designated|Ramiro Solis Vega"}},
		{name: "a kingpin in lower case is no act",
			text: "Treasury Targets Traffickers\n\nWASHINGTON — The Treasury's Office of Foreign Assets Control (OFAC) today designated Ramiro Solis Vega, a kingpin act of defiance.",
			not:  []string{"Office of Foreign Assets Control|designated|Ramiro Solis Vega"}},
	})
}

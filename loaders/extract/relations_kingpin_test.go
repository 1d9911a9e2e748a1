package extract

import "testing"

// TestKingpinCategory: a designation under the drug kingpin law with no
// actor named is the United States'; a named designator keeps its act.
func TestKingpinCategory(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "the unnamed president identified a cartel",
			text: "Cartel Leader Extradited\n\nThe Justice Department said the Costa Negra cartel smuggled cocaine into the United States. In 2011, under the Foreign Narcotics Kingpin Designation Act, the President identified the Costa Negra cartel as a Significant Foreign Narcotics Trafficker.",
			want: []string{"United States|designated|Costa Negra"}},
		{name: "a passive identification",
			text: "Trafficker Extradited\n\nThe Justice Department said Tomas Ferrel Ibarra smuggled cocaine into the United States. Tomas Ferrel Ibarra was identified as a significant foreign narcotics trafficker under the Kingpin Act in 2004.",
			want: []string{"United States|designated|Tomas Ferrel Ibarra"}},
		{name: "a specially designated drug trafficker",
			text: "Trafficker Pleads Guilty\n\nThe Justice Department said Tomas Ferrel Ibarra smuggled cocaine into the United States. In 2009, the president specifically designated Ferrel Ibarra as a specially designated drug trafficker.",
			want: []string{"United States|designated|Tomas Ferrel Ibarra"}},
		{name: "a named designator keeps its act",
			text: "Treasury Designates Trafficker\n\nWASHINGTON – The Treasury Department's Office of Foreign Assets Control (OFAC) today designated Colombian national Tomas Ferrel Ibarra as a Specially Designated Narcotics Trafficker.",
			want: []string{"Office of Foreign Assets Control|designated|Tomas Ferrel Ibarra"},
			not:  []string{"United States|designated|Tomas Ferrel Ibarra"}},
		{name: "a trafficker with no kingpin category",
			text: "Trafficker Extradited\n\nThe Justice Department said Tomas Ferrel Ibarra smuggled cocaine into the United States. Tomas Ferrel Ibarra was identified as a major narcotics trafficker by investigators in 2004.",
			not:  []string{"United States|designated|Tomas Ferrel Ibarra"}},
	})
}

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

package extract

import "testing"

// TestProsecutingGov: a passive charge with no agent, court, dateline or
// author is brought by the government whose prosecuting body the text
// names; not when the text names the prosecutors of two governments.
func TestProsecutingGov(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "the Justice Department's charges",
			text: "Gang Leaders Charged\n\nThe U.S. Department of Justice on Tuesday announced charges against three gang leaders.\n\nPedro Alvarado Ruiz, leader of the Los Halcones gang, was indicted on charges of kidnapping a United States citizen.",
			want: []string{"United States|charged|Pedro Alvarado Ruiz"}},
		{name: "charged with",
			text: "Smuggler Charged\n\nThe Justice Department said Marcos Delgado Fuentes smuggled cocaine into the United States. Delgado Fuentes was charged with money laundering.",
			want: []string{"United States|charged|Marcos Delgado Fuentes"}},
		{name: "two states' prosecutors",
			text: "Smuggler Charged\n\nThe Justice Department and Mexico's Attorney General's Office said Marcos Delgado Fuentes smuggled cocaine. Delgado Fuentes was charged with money laundering.",
			not:  []string{"United States|charged|Marcos Delgado Fuentes", "Mexico|charged|Marcos Delgado Fuentes"}},
		{name: "no prosecutor named",
			text: "Smuggler Charged\n\nThe State Department said Marcos Delgado Fuentes smuggled cocaine into the United States. Delgado Fuentes was charged with money laundering.",
			not:  []string{"United States|charged|Marcos Delgado Fuentes"}},
	})
}

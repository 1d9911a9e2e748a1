package extract

import "testing"

// TestCountedExtraditions: a lead counting the people a state extradited
// gives each of the first so many people the release charges an
// extradition by that state; not the officials it names, nor more people
// than it counts.
func TestCountedExtraditions(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a headline's count and its cases",
			text: "Mexico Extradites Three Defendants to Face Charges in the United States\n\nThree individuals were extradited from Mexico to the United States to face charges, the Justice Department announced.\n\nAttorney General Ana Brill made the announcement.\n\nTomas Ferrel Ibarra, 41, was indicted for cocaine trafficking.\n\nLucio Varga Soto, 35, was indicted for money laundering.\n\nRamon Estes Pardo, 52, was indicted for arms trafficking along with Julio Cerda Mena, who remains at large.",
			want: []string{"Mexico|extradited|Tomas Ferrel Ibarra", "Mexico|extradited|Lucio Varga Soto", "Mexico|extradited|Ramon Estes Pardo"},
			not:  []string{"Mexico|extradited|Julio Cerda Mena", "Mexico|extradited|Ana Brill"}},
		{name: "a demonym names the sender",
			text: "Two Colombian Nationals Extradited\n\nTwo Colombian nationals were extradited to the United States to face charges of murder committed in Colombia, the Justice Department announced.\n\nPedro Lamas Ortiz, 39, and Hugo Brann Solis, 27, were each charged with murder.",
			want: []string{"Colombia|extradited|Pedro Lamas Ortiz", "Colombia|extradited|Hugo Brann Solis"}},
	})
}

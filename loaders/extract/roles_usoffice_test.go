package extract

import "testing"

// TestUSOfficeUnnamedCountry: a title only the US government uses
// ("Deputy Secretary of State") belongs to the United States even where
// the article never names it, and a government guessed for a barer title
// of the same person in the headline yields to it. All copy is invented.
func TestUSOfficeUnnamedCountry(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "no US named, another government in the sentence",
			text:   "Readout\n\nDeputy Secretary of State Tomas Vega met on Monday with Peruvian Foreign Minister Ana Ruiz.\n",
			person: "Tomas Vega", org: "United States"},
		{name: "not the other government",
			text:   "Readout\n\nDeputy Secretary of State Tomas Vega met on Monday with Peruvian Foreign Minister Ana Ruiz.\n",
			person: "Tomas Vega", org: "Peru", neg: true},
		{name: "a barer title in the headline",
			text:   "Deputy Secretary Vega’s Meeting with Peruvian Foreign Minister Ruiz\n\nDeputy Secretary of State Tomas Vega met on Monday with Peruvian Foreign Minister Ana Ruiz.\n",
			person: "Tomas Vega", org: "Peru", neg: true},
		{name: "the intelligence director",
			text:   "Readout\n\nThe delegation included Director of National Intelligence Daniel Vega and Peruvian Foreign Minister Ana Ruiz.\n",
			person: "Daniel Vega", org: "United States"},
		{name: "a bare title keeps its guess",
			text:   "Readout\n\nDeputy Minister Tomas Vega met on Monday with Peruvian Foreign Minister Ana Ruiz.\n",
			person: "Tomas Vega", org: "United States", neg: true},
	})
}

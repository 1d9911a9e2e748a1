package extract

import "testing"

// TestLeadTitleHolder: a lead that opens with an unnamed office ("The
// commander of X visited Y") is about the person the next sentence names
// with a rank: that person leads X and made the visit; not when the lead
// names another person first, nor an office in the middle of a sentence.
func TestLeadTitleHolder(t *testing.T) {
	checkRelCases(t, []relCase{
		{"an office in the lead, its holder next",
			"Command Visits Andes\n\nLIMA, Peru, March 3, 2015 - The commander of the Andean Defense Command visited Peru and Bolivia last week.\n\nAt each stop, Gen. Tomas Vega held meetings with security officials.",
			[]string{"Tomas Vega|leads|Andean Defense Command", "Tomas Vega|metWith|Peru"}, nil},
		{"a person named first",
			"Command Visits Andes\n\nMinister Ana Ruiz said the commander of the Andean Defense Command visited Peru.\n\nGen. Tomas Vega held meetings with security officials.",
			nil, []string{"Tomas Vega|leads|Andean Defense Command"}},
	})
}

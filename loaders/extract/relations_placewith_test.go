package extract

import "testing"

// TestPlaceThenWith: a time, a date or a place between a meeting verb and
// its "with" ("met today at the ministry with X", "spoke on May 7 with X",
// "met in Lima, Peru, with X") says when or where the meeting was held;
// the partner is the complement of "with", for every listed subject. A
// place with no "with" after it names no partner.
func TestPlaceThenWith(t *testing.T) {
	const us = "WASHINGTON — "
	checkRelCases(t, []relCase{
		{"time and building", us + "Minister Ana Ruiz met today at the White House with Foreign Minister Paul Ortiz of Chile.",
			[]string{"Ana Ruiz|metWith|Paul Ortiz"}, []string{"Ana Ruiz|metWith|United States"}},
		{"listed subjects", us + "Minister Ana Ruiz and Advisor Tom Reyes met yesterday in Santiago with President Lucia Vega of Chile.",
			[]string{"Ana Ruiz|metWith|Lucia Vega", "Tom Reyes|metWith|Lucia Vega"}, nil},
		{"city and state", us + "Minister Ana Ruiz met in Lima, Peru, with Foreign Minister Paul Ortiz.",
			[]string{"Ana Ruiz|metWith|Paul Ortiz"}, []string{"Ana Ruiz|metWith|Peru"}},
		{"date before with", us + "Minister Ana Ruiz spoke on May 7 with Foreign Minister Paul Ortiz of Chile.",
			[]string{"Ana Ruiz|metWith|Paul Ortiz"}, nil},
		{"date and place before with", us + "Minister Ana Ruiz conferred on September 25, 2023, in Quito with Foreign Minister Paul Ortiz.",
			[]string{"Ana Ruiz|metWith|Paul Ortiz"}, nil},
		{"place alone", us + "Minister Ana Ruiz met in Lima, Peru, to discuss trade routes.",
			nil, []string{"Ana Ruiz|metWith|Peru"}},
	})
}

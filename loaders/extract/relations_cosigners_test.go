package extract

import "testing"

// TestCoSigners: officials of two governments named as the signatories of
// a passive "was signed … by" met; not officials of one government, nor a
// witness "in the presence of" C, nor a signing that did not happen.
func TestCoSigners(t *testing.T) {
	checkRelCases(t, []relCase{
		{"signed by two ministers",
			"Peru and Chile signed a border pact on Monday. The border pact was signed in Lima by Peru's interior minister, Ana Ruiz, and Chile's foreign minister, Tomas Vega, in the presence of President Marta Lopez.",
			[]string{"Ana Ruiz|metWith|Tomas Vega"}, []string{"Ana Ruiz|metWith|Marta Lopez", "Tomas Vega|metWith|Marta Lopez"}},
		{"one government's ministers",
			"Peru adopted a plan on Monday. The plan was signed by Peru's interior minister, Ana Ruiz, and Peru's defence minister, Tomas Vega.",
			nil, []string{"Ana Ruiz|metWith|Tomas Vega"}},
		{"not signed",
			"Peru and Chile discussed a border pact on Monday. The border pact was not signed by Peru's interior minister, Ana Ruiz, or Chile's foreign minister, Tomas Vega.",
			nil, []string{"Ana Ruiz|metWith|Tomas Vega"}},
	})
}

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

// TestActiveSigners: officials of two governments who sign a text
// together, as joint subjects or with "with", met; not officials of one
// government, not a countersigning, not a signing that did not happen.
func TestActiveSigners(t *testing.T) {
	checkRelCases(t, []relCase{
		{"signed with",
			"Honduran Security Minister Ramon Quezada signed a border security agreement with Guatemala's interior minister, Lucia Ortega, on Tuesday.",
			[]string{"Ramon Quezada|metWith|Lucia Ortega"}, nil},
		{"joint subjects",
			"Paraguay's Interior Minister Tomas Villalba and Uruguay's Defense Minister Sofia Bentancur signed a memorandum of understanding on river patrols on Monday.",
			[]string{"Tomas Villalba|metWith|Sofia Bentancur"}, nil},
		{"one government's ministers",
			"Peru's interior minister, Ana Ruiz, and Peru's defence minister, Tomas Vega, signed a decree on Monday.",
			nil, []string{"Ana Ruiz|metWith|Tomas Vega"}},
		{"countersigned",
			"U.S. Ambassador to Peru Mark Dolan and Peru's foreign minister, Ana Ruiz, counter-signed a letter of agreement on Monday.",
			nil, []string{"Mark Dolan|metWith|Ana Ruiz"}},
		{"not signed",
			"Honduran Security Minister Ramon Quezada has not signed a border security agreement with Guatemala's interior minister, Lucia Ortega.",
			nil, []string{"Ramon Quezada|metWith|Lucia Ortega"}},
	})
}

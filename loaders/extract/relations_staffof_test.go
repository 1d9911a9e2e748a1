package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestStaffOfBodyCooperates: a body's agents, officers or forces that work
// with another body (in a relative clause or a participle phrase) make
// the body a cooperating party; unnamed people with no body name none.
func TestStaffOfBodyCooperates(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "relative clause after agents",
			text: "The suspect was arrested in 2019 by Drug Enforcement Administration special agents who were working with the Peruvian National Police.",
			want: []string{"Drug Enforcement Administration|cooperatesWith|Peruvian National Police"}},
		{name: "participle after forces, acronym between",
			text: "Chile donated radios to the Drug Enforcement Administration (DEA) agents working in coordination with the Peruvian National Police.",
			want: []string{"Drug Enforcement Administration|cooperatesWith|Peruvian National Police"}},
		{name: "no body before the people",
			text: "Chile thanked the officials who were working with the Peruvian National Police.",
			not:  []string{"Chile|cooperatesWith|Peruvian National Police"}},
	})
}

package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestBodyOfficersAct: a body's officers, agents or troops arresting,
// seizing or working with another body act for the body ("ERO officers
// arrested X", "DEA agents worked with the Y police"); its officials
// meeting someone are people, not the body.
func TestBodyOfficersAct(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a body's officers arrested",
			"News\n\nCarlos Vega was deported by Enforcement and Removal Operations (ERO). In April 2013, ERO officers arrested Vega for violating the terms of his bond.",
			[]string{"Enforcement and Removal Operations|arrested|Carlos Vega"}, nil},
		{"a body's officials met",
			"News\n\nPeru hosted the talks. Drug Enforcement Administration officials met Carlos Vega in Lima.",
			nil, []string{"Drug Enforcement Administration|metWith|Carlos Vega"}},
		{"a body's officers work closely with another",
			"News\n\nICE officers are working closely with the Bolivian National Police as part of this effort.",
			[]string{"U.S. Immigration and Customs Enforcement|cooperatesWith|Bolivian National Police"}, nil},
		{"a body's agents cooperate with another",
			"News\n\nFBI agents are cooperating with the Peruvian National Police to find the fugitive.",
			[]string{"Federal Bureau of Investigation|cooperatesWith|Peruvian National Police"}, nil},
	})
}

package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestFieldUnitOperations: an agency's operation against a group is also
// run by the agency's regional field units the article names (by a city
// or state of the United States); a unit named by its function, or a unit
// of another agency, takes no part.
func TestFieldUnitOperations(t *testing.T) {
	const surge = "News\n\nPHOENIX – The Drug Enforcement Administration (DEA) ended a two-week surge aimed at dismantling the Gulf Cartel. "
	checkRelCases(t, []relCase{
		{"prefixed field division",
			surge + "The DEA Phoenix Division made 30 of the 410 arrests.",
			[]string{"Drug Enforcement Administration|deployedAgainst|Gulf Cartel", "DEA Phoenix Division|deployedAgainst|Gulf Cartel"}, nil},
		{"possessed field office",
			surge + "Agents of the DEA's Ohio Field Office made 30 of the arrests.",
			[]string{"Ohio Field Office|deployedAgainst|Gulf Cartel"}, nil},
		{"functional division",
			surge + "The DEA Special Operations Division made 30 of the arrests.",
			nil, []string{"DEA Special Operations Division|deployedAgainst|Gulf Cartel", "Special Operations Division|deployedAgainst|Gulf Cartel"}},
		{"another agency's field office",
			surge + "The FBI Phoenix Field Office made 30 of the arrests.",
			nil, []string{"FBI Phoenix Field Office|deployedAgainst|Gulf Cartel", "Phoenix Field Office|deployedAgainst|Gulf Cartel"}},
	})
}

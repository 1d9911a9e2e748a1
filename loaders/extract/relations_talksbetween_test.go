package extract

import "testing"

// TestTalksBetween: talks or negotiations between two parties make each
// negotiate with the other; upcoming, called-for or denied talks are none.
func TestTalksBetween(t *testing.T) {
	checkRelCases(t, []relCase{
		{"peace talks between", "Columnists debated the future of peace talks between the Venezuelan government and the National Liberation Army.",
			[]string{"Venezuela|negotiatesWith|National Liberation Army"}, nil},
		{"named talks between", "These were the first Fisheries Accord talks between Chile and Argentina since 2011.",
			[]string{"Chile|negotiatesWith|Argentina"}, nil},
		{"negotiations between", "Negotiations between Peru and Ecuador lasted three weeks.",
			[]string{"Peru|negotiatesWith|Ecuador"}, nil},
		{"upcoming talks", "Reporters asked about upcoming talks between Chile and Argentina.",
			nil, []string{"Chile|negotiatesWith|Argentina"}},
		{"calls for talks", "The bishops issued calls for talks between Peru and Ecuador.",
			nil, []string{"Peru|negotiatesWith|Ecuador"}},
		{"no talks", "There have been no talks between Chile and Argentina this year.",
			nil, []string{"Chile|negotiatesWith|Argentina"}},
	})
}

package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestCountedLeadPeople: a lead's count of unnamed people an act was done
// to is resolved to the people the first later sentence naming someone
// names, when their number agrees; officials named between are skipped.
func TestCountedLeadPeople(t *testing.T) {
	checkRelCases(t, []relCase{
		{"three nationals, named two sentences later",
			"News\n\nThree Peruvian nationals who were extradited to the United States from Peru appeared before Judge Ana Vela on Friday.\n\nThe case was investigated for years.\n\nThe Peruvian nationals include Carlos Vega, Pedro Ruiz and Mario Soto.",
			[]string{"Peru|extradited|Carlos Vega", "Peru|extradited|Pedro Ruiz", "Peru|extradited|Mario Soto"}, nil},
		{"two nationals, named next",
			"News\n\nTwo Chilean nationals were extradited from Chile on Monday.\n\nThey are Carlos Vega and Pedro Ruiz.",
			[]string{"Chile|extradited|Carlos Vega", "Chile|extradited|Pedro Ruiz"}, nil},
		{"the count disagrees",
			"News\n\nThree Chilean nationals were extradited from Chile on Monday.\n\nThey include Carlos Vega and Pedro Ruiz.",
			nil, []string{"Chile|extradited|Carlos Vega"}},
	})
}

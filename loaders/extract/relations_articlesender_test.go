package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestArticleSender: a bare "extradition of X" takes the one sending state
// the article names elsewhere for its extradition; two sending states, or
// an origin of its own, leave it alone.
func TestArticleSender(t *testing.T) {
	checkRelCases(t, []relCase{
		{"sender named in the lede",
			"Trafficker Extradited\n\nDENVER - A suspected smuggler arrived in Denver on Monday after his extradition from Peru to the United States.\n\nThe extradition of Tomas Ledesma, 41, shows the reach of the agency, officials said.",
			[]string{"Peru|extradited|Tomas Ledesma"}, nil},
		{"two senders",
			"Traffickers Extradited\n\nDENVER - Two smugglers arrived on Monday after extraditions from Peru and from Chile to the United States.\n\nThe extradition of Tomas Ledesma, 41, shows the reach of the agency, officials said.",
			nil, []string{"Peru|extradited|Tomas Ledesma", "Chile|extradited|Tomas Ledesma"}},
		{"own origin",
			"Trafficker Extradited\n\nDENVER - A smuggler arrived on Monday after his extradition from Peru to the United States.\n\nThe extradition of Tomas Ledesma, 41, from Spain was delayed, officials said.",
			nil, []string{"Peru|extradited|Tomas Ledesma"}},
	})
}

// TestArticleSenderArrival: the extradited person's arrival "from" a state
// names the sender; another person's arrival does not.
func TestArticleSenderArrival(t *testing.T) {
	checkRelCases(t, []relCase{
		{"own arrival",
			"News\n\nDENVER - Officials announced today the extradition of Tomas Ledesma, 41, on drug charges. Ledesma arrived from Peru on Monday.",
			[]string{"Peru|extradited|Tomas Ledesma"}, nil},
		{"another's arrival",
			"News\n\nDENVER - Officials announced today the extradition of Tomas Ledesma, 41, on drug charges. Special Agent Ana Ruiz arrived from Peru on Monday.",
			nil, []string{"Peru|extradited|Tomas Ledesma"}},
	})
}

// TestArticleDestinationCharges: an extradition "on charges" with no
// destination of its own answers the charges of the one state the article
// says the extradition went to; two destinations leave it alone.
func TestArticleDestinationCharges(t *testing.T) {
	checkRelCases(t, []relCase{
		{"destination in the headline",
			"Trafficker Extradited to the United States\n\nDENVER - Officials announced today the extradition of Tomas Ledesma, 41, on charges of importing cocaine. Ledesma arrived from Peru on Monday.",
			[]string{"United States|charged|Tomas Ledesma"}, nil},
		{"two destinations",
			"Traffickers Extradited to the United States and to Spain\n\nDENVER - Officials announced today the extradition of Tomas Ledesma, 41, on charges of importing cocaine. Two others were extradited to Spain.",
			nil, []string{"United States|charged|Tomas Ledesma", "Spain|charged|Tomas Ledesma"}},
		{"no destination anywhere",
			"Trafficker Extradited\n\nDENVER - Officials announced today the extradition of Tomas Ledesma, 41, on charges of importing cocaine. Ledesma arrived from Peru on Monday.",
			nil, []string{"United States|charged|Tomas Ledesma", "Peru|charged|Tomas Ledesma"}},
	})
}

// TestArticleSenderHandover: a state's bodies handing the extradited
// person over to another state's name the sender; a handover within one
// state, or a passive one, does not.
func TestArticleSenderHandover(t *testing.T) {
	checkRelCases(t, []relCase{
		{"handed over to another state",
			"News\n\nDENVER - Peruvian authorities on Friday handed over Tomas Ledesma, 41, to U.S. authorities in Houston. The extradition of Ledesma ends a long case, officials said.",
			[]string{"Peru|extradited|Tomas Ledesma"}, nil},
		{"transferred within one state",
			"News\n\nDENVER - The Peruvian National Police on Friday transferred Tomas Ledesma, 41, to the Peruvian Navy. The extradition of Ledesma ends a long case, officials said.",
			nil, []string{"Peru|extradited|Tomas Ledesma"}},
		{"a passive handover",
			"News\n\nDENVER - Tomas Ledesma, 41, was handed over to U.S. authorities by Peru on Friday. The extradition of Ledesma ends a long case, officials said.",
			nil, []string{"Peru|extradited|Tomas Ledesma"}},
	})
}

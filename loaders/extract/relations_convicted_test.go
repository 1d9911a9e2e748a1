package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestFederalCaseConvictions: a conviction or guilty plea on federal
// charges, or one dated "in <month>" under a dateline, is a conviction by
// the United States; a month is no place to find the court's country in.
func TestFederalCaseConvictions(t *testing.T) {
	checkRelCases(t, []relCase{
		{"convicted on federal charges",
			"News\n\nCarlos Vega entered the United States. Vega was convicted on federal charges of illegal reentry in 2015.",
			[]string{"United States|convicted|Carlos Vega"}, nil},
		{"pleaded guilty to federal charges with words between",
			"News\n\nCarlos Vega entered the United States. Vega pleaded guilty to federal narcotics trafficking and money laundering charges in 2006.",
			[]string{"United States|convicted|Carlos Vega"}, nil},
		{"convicted in a month, under a U.S. dateline",
			"News\n\nWASHINGTON - Carlos Vega entered the United States. He was convicted of re-entry after deportation in March 2014 and transferred to custody.",
			[]string{"United States|convicted|Carlos Vega"}, nil},
		{"federal agents are no charge",
			"News\n\nCarlos Vega entered the United States. Vega pleaded guilty to federal agents that he had lied about charges.",
			nil, []string{"United States|convicted|Carlos Vega"}},
		{"a named state's charges stay that state's",
			"News\n\nCarlos Vega fled to Peru. Vega was convicted in Peru on drug charges.",
			[]string{"Peru|convicted|Carlos Vega"}, []string{"United States|convicted|Carlos Vega"}},
	})
}

// TestChargesInFederalDistrict: charges or a conviction "in the Southern
// District of X" are a U.S. federal court's, so the United States charged
// or convicted the person.
func TestChargesInFederalDistrict(t *testing.T) {
	checkRelCases(t, []relCase{
		{"to face charges in a federal district",
			"News\n\nThe United States asked Peru for help. Carlos Vega was flown out of Peru on Friday to face charges in the Southern District of Texas involving cocaine.",
			[]string{"United States|charged|Carlos Vega"}, nil},
		{"a district of another country's is no federal district",
			"News\n\nCarlos Vega left Chile for Peru on Friday to face charges in the capital district involving cocaine.",
			nil, []string{"United States|charged|Carlos Vega"}},
	})
}

// TestServingSentence: a person serving a sentence was convicted, by the
// state the sentence is served in or, when the text names none, by the
// state whose prosecutors it names; a hyphened compound in the phrase is
// one word. A sentence not served (negated, planned) states nothing.
func TestServingSentence(t *testing.T) {
	checkRelCases(t, []relCase{
		{"serving a sentence in a state",
			"News\n\nCarlos Vega, who is serving a 12-year sentence in Peru, wrote a letter.",
			[]string{"Peru|convicted|Carlos Vega"}, nil},
		{"serving prison sentences, the prosecutors' state",
			"News\n\nCarlos Vega arrived in the United States in 2019. The Justice Department unsealed an indictment against the network. Vega is serving a long prison sentence for money laundering.",
			[]string{"United States|convicted|Carlos Vega"}, nil},
		{"not yet serving",
			"News\n\nCarlos Vega, who will serve a 12-year sentence in Peru, wrote a letter.",
			nil, []string{"Peru|convicted|Carlos Vega"}},
	})
}

// TestCapitalCourtAndPleaPlace: a conviction or a guilty plea "in the
// District of Columbia" is by the United States, whose federal court sits
// there; a guilty plea placed in another country's city is that
// country's; a bare guilty plea names no court.
func TestCapitalCourtAndPleaPlace(t *testing.T) {
	checkRelCases(t, []relCase{
		{"convicted in the capital district",
			"News\n\nCarlos Vega entered the United States. Vega was convicted on drug charges in the District of Columbia in May 2019.",
			[]string{"United States|convicted|Carlos Vega"}, nil},
		{"pleaded guilty in the capital district",
			"News\n\nCarlos Vega entered the United States. Vega pleaded guilty to drug charges in the District of Columbia in August 2014.",
			[]string{"United States|convicted|Carlos Vega"}, nil},
		{"pleaded guilty in a foreign country",
			"News\n\nCarlos Vega entered the United States. Vega pleaded guilty in Peru to drug charges.",
			[]string{"Peru|convicted|Carlos Vega"}, []string{"United States|convicted|Carlos Vega"}},
		{"a bare guilty plea",
			"News\n\nCarlos Vega entered the United States. Vega pleaded guilty to drug charges.",
			nil, []string{"United States|convicted|Carlos Vega"}},
	})
}

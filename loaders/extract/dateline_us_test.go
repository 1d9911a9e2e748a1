package extract

import "testing"

// TestUSDateline: a domestic US dateline that names no country (a city
// and its state, named or abbreviated, or a city that stands alone) places
// a court that goes unnamed in the United States; an unknown city alone
// places nothing. All copy is invented.
func TestUSDateline(t *testing.T) {
	const body = " – Officers removed Tomas Ibarra Ruiz, 44, to Peru on Tuesday after he served a prison term in the United States.\n\nIbarra entered the country illegally in 2009. He was convicted of fraud in March 2014."
	checkRelCases(t, []relCase{
		{"a city and an abbreviated state",
			"Man Removed to Peru\n\nSPRINGFIELD, Ill." + body,
			[]string{"United States|convicted|Tomas Ibarra Ruiz"}, nil},
		{"a city and a postal code",
			"Man Removed to Peru\n\nAUSTIN, TX" + body,
			[]string{"United States|convicted|Tomas Ibarra Ruiz"}, nil},
		{"a city and a state in full, then a note",
			"Man Removed to Peru\n\nTOLEDO, Ohio (Press Release)" + body,
			[]string{"United States|convicted|Tomas Ibarra Ruiz"}, nil},
		{"a city that stands alone",
			"Man Removed to Peru\n\nCHICAGO" + body,
			[]string{"United States|convicted|Tomas Ibarra Ruiz"}, nil},
		{"an unknown city alone",
			"Man Removed to Peru\n\nSPRINGFIELD" + body,
			nil, []string{"United States|convicted|Tomas Ibarra Ruiz"}},
		{"a city and a postal code in title case",
			"Man Removed to Peru\n\nSpringfield, IL" + body,
			[]string{"United States|convicted|Tomas Ibarra Ruiz"}, nil},
		{"a capital and its country in title case",
			"Man Removed to Peru\n\nQuito, Ecuador" + body,
			[]string{"Ecuador|convicted|Tomas Ibarra Ruiz"}, []string{"United States|convicted|Tomas Ibarra Ruiz"}},
		{"a name and a title in title case are no dateline",
			"Man Removed to Peru\n\nAna Vela, Deputy Director" + body,
			nil, []string{"United States|convicted|Tomas Ibarra Ruiz"}},
	})
}

// TestUSPlaceCourt: a court named only by its place, when the place is in
// the United States (a state, a city that stands alone in a dateline, or
// a city and its state), is a court of the United States; an unknown city
// alone is no state's. All copy is invented.
func TestUSPlaceCourt(t *testing.T) {
	const lede = "Man Charged\n\nZorvan Quellat, 41, entered the United States in 2009. "
	checkRelCases(t, []relCase{
		{"a stand-alone city", lede + "Quellat was indicted in Chicago for fraud.",
			[]string{"United States|charged|Zorvan Quellat"}, nil},
		{"a state", lede + "Quellat was indicted in Ohio for fraud.",
			[]string{"United States|charged|Zorvan Quellat"}, nil},
		{"a city and its state", lede + "Quellat was indicted in Toledo, Ohio, for fraud.",
			[]string{"United States|charged|Zorvan Quellat"}, nil},
		{"an unknown city alone", lede + "Quellat was indicted in Toledo for fraud.",
			nil, []string{"United States|charged|Zorvan Quellat"}},
	})
}

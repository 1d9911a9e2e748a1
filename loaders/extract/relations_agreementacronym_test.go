package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestAgreementAcronymBeforeWith: an agreement's acronym in parentheses
// between its name and "with" still makes the partner after "with" a
// signatory.
func TestAgreementAcronymBeforeWith(t *testing.T) {
	checkRelCases(t, []relCase{
		{"acronym between the name and with",
			"News\n\nOn May 3, the Government of Peru signed a new Memorandum of Understanding (MOU) with the Government of Chile to curb smuggling.",
			[]string{"Peru|signed|Memorandum of Understanding", "Chile|signed|Memorandum of Understanding"}, nil},
		{"no acronym",
			"News\n\nOn May 3, the Government of Peru signed a new Memorandum of Understanding with the Government of Chile to curb smuggling.",
			[]string{"Peru|signed|Memorandum of Understanding", "Chile|signed|Memorandum of Understanding"}, nil},
	})
}

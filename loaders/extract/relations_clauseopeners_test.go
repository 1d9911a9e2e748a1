package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestObjectNotPastClauseOpener: the object of a cue is not sought past a
// word that opens the next clause ("after", "before", "when"), whose
// subject it would be; an object before it still is one.
func TestObjectNotPastClauseOpener(t *testing.T) {
	checkRelCases(t, []relCase{
		{"war against unnamed gangs after a named force acted",
			"News\n\nThe Peruvian government claims a victory in its war against violent criminal gangs after the Peruvian Navy killed a gang leader.",
			nil, []string{"Peru|attacked|Peruvian Navy"}},
		{"a named object before the clause",
			"News\n\nThe Peruvian government stepped up its war against Los Rojos after the Peruvian Navy killed a gang leader.",
			[]string{"Peru|attacked|Los Rojos"}, nil},
	})
}

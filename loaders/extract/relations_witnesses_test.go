package extract

import "testing"

// TestHearingWitnesses: the persons a hearing page lists after
// "Witnesses:" testified before the body holding the hearing, not the
// bodies of their appositions; a list with no hearing named is none.
func TestHearingWitnesses(t *testing.T) {
	checkRelCases(t, []relCase{
		{"witness list",
			"Excerpts from a hearing of the House Homeland Security Committee. Presiding: Rep. Alan Porter. Witnesses: Maria Q. Fenwick, deputy assistant secretary in the State Department, and Tomas Ebert, director of the Andean Policy Institute.",
			[]string{"Maria Q. Fenwick|testifiedBefore|House Homeland Security Committee", "Tomas Ebert|testifiedBefore|House Homeland Security Committee"},
			[]string{"Alan Porter|testifiedBefore|House Homeland Security Committee"}},
		{"no hearing",
			"The House Homeland Security Committee released a report. Witnesses: Maria Q. Fenwick and Tomas Ebert saw the boats.",
			nil, []string{"Maria Q. Fenwick|testifiedBefore|House Homeland Security Committee"}},
	})
}

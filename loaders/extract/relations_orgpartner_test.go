package extract

import "testing"

// TestOrgPartners: an organisation's name before "partner" or
// "partnership", held by a state through a possessive, "its", "as a" or
// a copula, is the state's cooperation with the organisation.
func TestOrgPartners(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "its … Global Partnership",
			text: "The minister congratulated Peru on its NATO Global Partnership and its work on maritime security.",
			want: []string{"Peru|cooperatesWith|NATO"}},
		{name: "as a … partner",
			text: "The report praised Chile's training missions as a NATO partner in the region.",
			want: []string{"Chile|cooperatesWith|NATO"}},
		{name: "a copula",
			text: "Uruguay is a NATO partner since last year.",
			want: []string{"Uruguay|cooperatesWith|NATO"}},
		{name: "no holder",
			text: "Peru criticised NATO partnership talks held in Brussels.",
			not:  []string{"Peru|cooperatesWith|NATO"}},
	})
}

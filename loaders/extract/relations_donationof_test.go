package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestDonationsOf: a donation noun with its gift before its recipient
// ("the donation of X to B") is support of B by the donor named by "by",
// before the noun, or as the subject of a verb that makes or announces
// it; a planned donation, one only talked of, or one "to" an infinitive
// names no support.
func TestDonationsOf(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "announced the donation of a gift to a state",
			text: "Chile announced the donation of two million vaccine doses to Bolivia on Monday.",
			want: []string{"Chile|supports|Bolivia"}},
		{name: "a possessor's donation",
			text: "Officials praised Canada's $5 million donation of radios to Peru.",
			want: []string{"Canada|supports|Peru"}},
		{name: "a donation made by a donor",
			text: "A donation made by Brazil of 40 trucks to Ecuador arrived.",
			want: []string{"Brazil|supports|Ecuador"}},
		{name: "a planned donation",
			text: "Peru will announce the donation of 12 boats to Colombia.",
			not:  []string{"Peru|supports|Colombia"}},
		{name: "a donation only talked of",
			text: "Argentina highlighted the donation of 12 boats to Uruguay.",
			not:  []string{"Argentina|supports|Uruguay"}},
		{name: "a donation to an infinitive",
			text: "Mexico announced the donation of the time of an engineer to draft a plan for Panama.",
			not:  []string{"Mexico|supports|Panama"}},
	})
}

package extract

import "testing"

// TestReducedRelativeAct: an arrest, charge or conviction written as a
// participle right after a person's name and a comma, with "in", "on" or
// "by" after it, is a passive on that person ("X, arrested in 2021 on
// …"); one after a place is not.
func TestReducedRelativeAct(t *testing.T) {
	const head = "Uruguay 2020 Human Rights Report: d. Arbitrary Arrest\n\n"
	checkRelCases(t, []relCase{
		{name: "arrested after a person",
			text: head + "Among them was journalist Roberto Salinas Vega, arrested in 2019 on grounds of sedition and fraud.",
			want: []string{"Uruguay|arrested|Roberto Salinas Vega"}},
		{name: "convicted after a person",
			text: head + "The court reviewed the case of Marta Ibarguren Sosa, convicted in 2015 for extortion.",
			want: []string{"Uruguay|convicted|Marta Ibarguren Sosa"}},
		{name: "after a place",
			text: head + "Roberto Salinas Vega travelled to Rivera, arrested in spirit by the heat.",
			not:  []string{"Uruguay|arrested|Roberto Salinas Vega"}},
	})
}

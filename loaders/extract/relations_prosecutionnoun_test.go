package extract

import "testing"

// TestProsecutionNoun: the noun "prosecution" (and "prosecutions against")
// reads as a charge cue like "case against": its object follows "of" or
// "against", its actor is a possessor or modifier, else the state of a
// report; a prosecution of no named actor or a called-for one gives none.
func TestProsecutionNoun(t *testing.T) {
	const head = "Bolivia 2031 Human Rights Report: a. Arbitrary Deprivation of Life\n\n"
	checkRelCases(t, []relCase{
		{name: "the government's prosecution of a named person",
			text: head + "The government's prosecution of former army colonel Ramiro Quenta Vaca continued without a verdict.",
			want: []string{"Bolivia|charged|Ramiro Quenta Vaca"}},
		{name: "a state's prosecution of a person in a release",
			text: "Fugitive Returned\n\nWASHINGTON - Officials said the U.S. prosecution of Teodoro Lanz Ormaza would begin in Miami in the spring.",
			want: []string{"United States|charged|Teodoro Lanz Ormaza"}},
		{name: "prosecutions against a person",
			text: head + "Bolivian prosecutions against Ramiro Quenta Vaca stalled during the year.",
			want: []string{"Bolivia|charged|Ramiro Quenta Vaca"}},
		{name: "prosecution of no named actor",
			text: head + "The prosecution of police officers for abuses remained rare, according to observers.",
			not:  []string{"Bolivia|charged|police officers"}},
		{name: "a prosecution called for",
			text: head + "Activists demanded the prosecution of Ramiro Quenta Vaca for the killings.",
			not:  []string{"Bolivia|charged|Ramiro Quenta Vaca"}},
	})
}

package extract

import "testing"

// TestTrialsAgainst: in a report about one state, a trial against named
// people is the state's charge against them; a modal trial, a trial
// against someone the text has convicted, and a text about no one state
// give none.
func TestTrialsAgainst(t *testing.T) {
	const head = "Paraguay 2031 Human Rights Report: e. Denial of Fair Public Trial\n\n"
	checkRelCases(t, []relCase{
		{name: "trials began against two people",
			text: head + "On March 2, two separate trials began against former interior minister Jose Luis Medrano and former police chief Carlos Ibarra for the killings.",
			want: []string{"Paraguay|charged|Jose Luis Medrano", "Paraguay|charged|Carlos Ibarra"}},
		{name: "the trial against one person",
			text: head + "The trial against Jose Luis Medrano opened in the capital in May.",
			want: []string{"Paraguay|charged|Jose Luis Medrano"}},
		{name: "a modal trial",
			text: head + "A trial could begin against Jose Luis Medrano next year.",
			not:  []string{"Paraguay|charged|Jose Luis Medrano"}},
		{name: "a person already convicted",
			text: head + "In May a court convicted Jose Luis Medrano of embezzlement. Medrano told reporters the trial against him had been a vendetta.",
			not:  []string{"Paraguay|charged|Jose Luis Medrano"}},
		{name: "no report state",
			text: "Trial Opens\n\nThe trial against Jose Luis Medrano opened in May, lawyers for the defense said.",
			not:  []string{"Paraguay|charged|Jose Luis Medrano"}},
	})
}

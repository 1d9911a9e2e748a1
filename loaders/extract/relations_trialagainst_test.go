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
		{name: "the trial of a person and codefendants",
			text: head + "The unresolved trial of former army commander Jose Luis Medrano and 14 codefendants suggested political interference.",
			want: []string{"Paraguay|charged|Jose Luis Medrano"}},
		{name: "trials of a group including named people",
			text: head + "The ruling restarted the trials of at least 30 detained activists, including Ana Belen Ortigoza and Carlos Ibarra.",
			want: []string{"Paraguay|charged|Ana Belen Ortigoza", "Paraguay|charged|Carlos Ibarra"}},
		{name: "awaiting trial for an act against another person",
			text: head + "Former governor Jose Luis Medrano stayed at his ranch while awaiting trial for the beating of reporter Ana Belen Ortigoza.",
			not:  []string{"Paraguay|charged|Ana Belen Ortigoza"}},
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

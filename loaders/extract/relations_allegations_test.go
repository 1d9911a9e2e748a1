package extract

import "testing"

// TestAllegations: a named actor, or a report's state as "the
// government", alleging a named doer's act accuses that doer; unnamed
// accusers, a state's own prosecutors alleging its police's crimes, and
// "the government" outside a report about one state accuse no one.
func TestAllegations(t *testing.T) {
	const head = "Paraguay 2021 Human Rights Report: g. Conflict-related Abuses\n\n"
	checkRelCases(t, []relCase{
		{name: "the government alleges a group's failure",
			text: head + "Some former fighters alleged the state had failed them, while the government alleged the Northern Liberation Front had not met its commitments to disarm.",
			want: []string{"Paraguay|accused|Northern Liberation Front"}},
		{name: "a monitor alleges the state's agents' act",
			text: head + "The Chaco Legal Aid Foundation alleged that police tortured three detainees in Pilar.",
			want: []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
		{name: "an adverb before the act",
			text: head + "The Chaco Legal Aid Foundation alleged the government actively protected the Northern Liberation Front.",
			want: []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
		{name: "unnamed accusers",
			text: head + "Several NGOs alleged the Northern Liberation Front killed two ranchers.",
			not:  []string{"Paraguay|accused|Northern Liberation Front"}},
		{name: "the state's own prosecutors",
			text: head + "The Public Ministry alleged that police killed two farmers.",
			not:  []string{"Public Ministry|accused|Paraguay"}},
		{name: "no act after the doer",
			text: head + "The government alleged Northern Liberation Front ties to Brazilian traffickers.",
			not:  []string{"Paraguay|accused|Northern Liberation Front"}},
		{name: "the government in a story with no report state",
			text: "Officials Trade Charges Over Border Killings\n\nASUNCION, March 3 (Reuters) - The government alleged the Northern Liberation Front killed two soldiers, while Brazil disputed the account.",
			not:  []string{"Paraguay|accused|Northern Liberation Front"}},
	})
}

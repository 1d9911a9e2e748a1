package extract

import "testing"

// TestReportedFindings: in a report about one state, a named monitor's
// finding of abuses accuses the doer it names, or the state when the
// doers are its agents by kind alone, in its own words or quoted; a
// finding with no doer or no abuse, or a state's own prosecutors
// reporting its police, accuse no one.
func TestReportedFindings(t *testing.T) {
	const head = "Paraguay 2021 Human Rights Report: a. Arbitrary Killings\n\n"
	checkRelCases(t, []relCase{
		{name: "abuses by police",
			text: head + "The Chaco Legal Aid Foundation documented 14 cases of torture by police and prison guards in Concepción.",
			want: []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
		{name: "doers named, responsible for",
			text: head + "The Chaco Legal Aid Foundation reported the Northern Liberation Front was responsible for six killings in the north.",
			want: []string{"Chaco Legal Aid Foundation|accused|Northern Liberation Front"}},
		{name: "implicated",
			text: head + "The Chaco Legal Aid Foundation implicated the Northern Liberation Front in the killings of two farmers.",
			want: []string{"Chaco Legal Aid Foundation|accused|Northern Liberation Front"}},
		{name: "the state's prosecutors",
			text: head + "The Public Ministry reported 40 arbitrary killings by security forces during the year.",
			not:  []string{"Public Ministry|accused|Paraguay"}},
		{name: "the state's ombudsman",
			text: head + "The Ombudsman's Office documented 40 arbitrary killings by security forces during the year.",
			want: []string{"Ombudsman's Office|accused|Paraguay"}},
		{name: "a published investigation",
			text: head + "In May the Chaco Legal Aid Foundation published a study reporting 90 cases of mistreatment between 2010 and 2020 by soldiers and police.",
			want: []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
		{name: "doers before an abuse verb",
			text: head + "The Chaco Legal Aid Foundation found that police tortured three detainees in Pilar.",
			want: []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
		{name: "determined, an adverb before the act",
			text: head + "In its March report the Chaco Legal Aid Foundation determined that authorities unlawfully deprived four farmers of life.",
			want: []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
		{name: "members of a named group",
			text: head + "The Chaco Legal Aid Foundation reported that members of the notorious Northern Liberation Front kidnapped two ranchers.",
			want: []string{"Chaco Legal Aid Foundation|accused|Northern Liberation Front"}},
		{name: "attributed to",
			text: head + "The Chaco Legal Aid Foundation attributed most of the killings in the north to the Northern Liberation Front.",
			want: []string{"Chaco Legal Aid Foundation|accused|Northern Liberation Front"}},
		{name: "a quoted finding",
			text: head + "The Chaco Legal Aid Foundation reported \"the torture of detainees by police\" in a statement.",
			want: []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
		{name: "according to a monitor",
			text: head + "According to the nongovernmental organization Chaco Legal Aid Foundation, there were 12 deaths of detainees caused by police in 2020.",
			want: []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
		{name: "according to, attributed to",
			text: head + "According to the Chaco Legal Aid Foundation, most killings in the north were attributed to the Northern Liberation Front.",
			want: []string{"Chaco Legal Aid Foundation|accused|Northern Liberation Front"}},
		{name: "according to, no abuse",
			text: head + "According to the Chaco Legal Aid Foundation, the trial was delayed by police.",
			not:  []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
		{name: "maintained that",
			text: head + "The Chaco Legal Aid Foundation maintained that police tortured two detainees in Pilar.",
			want: []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
		{name: "alleged, no that",
			text: head + "The Chaco Legal Aid Foundation alleged soldiers beat three farmers near Concepción.",
			want: []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
		{name: "alleged, no abuse",
			text: head + "The Chaco Legal Aid Foundation alleged police lost the files of three farmers.",
			not:  []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
		{name: "no doer",
			text: head + "The Chaco Legal Aid Foundation reported 27 killings between January and November.",
			not:  []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
		{name: "no abuse",
			text: head + "The Chaco Legal Aid Foundation found the report was delayed by police.",
			not:  []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
	})
}

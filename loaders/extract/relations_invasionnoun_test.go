package extract

import "testing"

// TestInvasionNouns: a possessive or "from" actor before a war, invasion,
// attack or assault noun acts on the state after "of/on/against/in/into";
// "the Freedonian people" stands for their state.
func TestInvasionNouns(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "possessive invasion of",
			text: "Officials recalled Iraq's unjustified invasion of Kuwait in 1990.",
			want: []string{"Iraq|attacked|Kuwait"}},
		{name: "person war against people",
			text: "The envoy denounced Vladimir Putin's long and cruel war against the Ukrainian people in his speech. Ukraine welcomed it.",
			want: []string{"Vladimir Putin|attacked|Ukraine"}},
		{name: "war against state",
			text: "Fuel costs rose after Vladimir Putin's reckless, illegal war against Ukraine began.",
			want: []string{"Vladimir Putin|attacked|Ukraine"}},
		{name: "dated invasion in",
			text: "After Russia's March 2014 invasion in Ukraine, refugees crossed the border.",
			want: []string{"Russia|attacked|Ukraine"}},
		{name: "war from into",
			text: "Chile was quick to denounce the needless war from Russia into Ukraine.",
			want: []string{"Russia|attacked|Ukraine"}},
		{name: "attack from to",
			text: "Lima took a firm position against the sudden, lawless attack from Russia to Ukraine.",
			want: []string{"Russia|attacked|Ukraine"}},
		{name: "aiding invasion",
			text: "Shipping firms that are helping Vladimir Putin's illegal invasion of Ukraine face penalties.",
			want: []string{"Vladimir Putin|attacked|Ukraine"}},
	})
}

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
			text: "The minister condemned Vladimir Putin's brutal war against the Ukrainian people on Monday. Ukraine thanked him.",
			want: []string{"Vladimir Putin|attacked|Ukraine"}},
		{name: "war against state",
			text: "Prices were made worse by Vladimir Putin's brutal and unprovoked war against Ukraine last year.",
			want: []string{"Vladimir Putin|attacked|Ukraine"}},
		{name: "dated invasion in",
			text: "Following Russia's February 2022 invasion in Ukraine, migrants arrived.",
			want: []string{"Russia|attacked|Ukraine"}},
		{name: "war from into",
			text: "Ecuador was the first country to condemn the awful war from Russia into Ukraine.",
			want: []string{"Russia|attacked|Ukraine"}},
		{name: "attack from to",
			text: "We made a strong stand against the brutal, unjustified attack from Russia to Ukraine.",
			want: []string{"Russia|attacked|Ukraine"}},
		{name: "aiding invasion",
			text: "Oil money goes to dictators who are aiding Vladimir Putin's unjustified invasion of Ukraine.",
			want: []string{"Vladimir Putin|attacked|Ukraine"}},
	})
}

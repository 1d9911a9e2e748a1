package extract

import "testing"

// TestDiedInCustody: in a report about one state, a named person who died
// in custody was held by the state (through an apposition or "who"); an
// unnamed person, a named holder's custody and a text about no one state
// give none.
func TestDiedInCustody(t *testing.T) {
	const head = "Paraguay 2031 Human Rights Report: a. Arbitrary Deprivation of Life\n\n"
	checkRelCases(t, []relCase{
		{name: "apposition then died in military custody",
			text: head + "Jose Luis Medrano, a clerk in an army-owned store, died in military custody after a month in solitary confinement.",
			want: []string{"Paraguay|arrested|Jose Luis Medrano"}},
		{name: "relative clause, while in regime custody",
			text: head + "Two monitors counted three such deaths, among them former sergeant Carlos Ibarra, who died of wounds left by beatings while in regime custody last winter.",
			want: []string{"Paraguay|arrested|Carlos Ibarra"}},
		{name: "unnamed prisoners",
			text: head + "At least eight prisoners died in custody, according to Carlos Ibarra.",
			not:  []string{"Paraguay|arrested|Carlos Ibarra"}},
		{name: "a named holder's custody",
			text: head + "Jose Luis Medrano died in the custody of the Northern Liberation Front in May.",
			not:  []string{"Paraguay|arrested|Jose Luis Medrano"}},
		{name: "no report state",
			text: "Prisoner Dies\n\nJose Luis Medrano died in military custody on Friday, his family said.",
			not:  []string{"Paraguay|arrested|Jose Luis Medrano"}},
	})
}

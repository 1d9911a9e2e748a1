package extract

import "testing"

// TestFindingInvolvement: a monitor's finding that the doers were
// involved, complicit or engaged in an abuse accuses them, past an aside
// narrowing them; an involvement in no abuse accuses no one.
func TestFindingInvolvement(t *testing.T) {
	const head = "Paraguay 2021 Human Rights Report: c. Torture\n\n"
	checkRelCases(t, []relCase{
		{name: "were allegedly involved in",
			text: head + "The Chaco Legal Aid Foundation reported that through May, security forces were allegedly involved in four cases of torture.",
			want: []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
		{name: "an aside narrowing the doers",
			text: head + "The Chaco Legal Aid Foundation found that some police officers, particularly in rural districts, were involved in extortion and beatings.",
			want: []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
		{name: "a named group complicit",
			text: head + "The Chaco Legal Aid Foundation reported the Northern Liberation Front was complicit in the killings of two ranchers.",
			want: []string{"Chaco Legal Aid Foundation|accused|Northern Liberation Front"}},
		{name: "involved in kidnapping, a list",
			text: head + "The Chaco Legal Aid Foundation reported that rural police were involved in kidnapping, smuggling, and money laundering.",
			want: []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
		{name: "officials engaged in corrupt practices",
			text: head + "The Chaco Legal Aid Foundation stated that officials, especially in customs, often engaged in corrupt practices with impunity.",
			want: []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
		{name: "involved in no abuse",
			text: head + "The Chaco Legal Aid Foundation reported that police were involved in the census of rural schools.",
			not:  []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
		{name: "engaged in talks",
			text: head + "The Chaco Legal Aid Foundation stated that authorities engaged in talks with farmers.",
			not:  []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
	})
}

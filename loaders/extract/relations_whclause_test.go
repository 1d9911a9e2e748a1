package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestWhClauseSubject: the subject of a verb in a clause opened by "how",
// "why" or "whether" stands after that word; an actor named before it is
// not the verb's subject.
func TestWhClauseSubject(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "how an unnamed community can support",
			text: "Peru welcomed the mission, which sets out a plan for how the region can best support Bolivia.",
			not:  []string{"Peru|supports|Bolivia"}},
		{name: "how a named state supports",
			text: "The report describes how Chile supports Bolivia in its fight against gangs.",
			want: []string{"Chile|supports|Bolivia"}},
		{name: "a program, how it supports",
			text: "Thank you for the chance to discuss Chile's rewards program, how it supports Bolivian efforts, and what it costs.",
			not:  []string{"Chile|supports|Bolivia"}},
	})
}

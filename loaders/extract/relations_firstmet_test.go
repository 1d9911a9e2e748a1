package extract

import "testing"

// TestFirstPersonMeetings: a speaker's own "I met with X", "I have talked
// with Y", "I've visited with Z" makes the speaker (of the floor speech,
// the text, or the quotation) meet those listed after "with"; a future,
// negated or hoped-for meeting is none, nor is a place the phrase names,
// a body whose officer was met, or a later clause's actor.
func TestFirstPersonMeetings(t *testing.T) {
	const floor = "Border report\n\nMr. DALTON. Madam Speaker, "
	const remarks = "Remarks by Senator Lia Moreno on Trade\n\n"
	const us = "WASHINGTON — "
	checkRelCases(t, []relCase{
		{"floor speech met with", floor + "last week I met with Sheriff Ann Bell and Mayor Tom Reyes of Lake County.",
			[]string{"Dalton|metWith|Ann Bell", "Dalton|metWith|Tom Reyes"}, nil},
		{"floor speech contracted perfect", floor + "of course I've visited with Sheriff Ann Bell about the crossings.",
			[]string{"Dalton|metWith|Ann Bell"}, nil},
		{"remarks talked with a state's president", remarks + "Thank you all. I have talked with the President of Chile about this.",
			[]string{"Lia Moreno|metWith|Chile"}, nil},
		{"perfect progressive", remarks + "Thank you all. I have been speaking with leaders in Chile and Peru about trade.",
			[]string{"Lia Moreno|metWith|Chile", "Lia Moreno|metWith|Peru"}, nil},
		{"quoted speaker", us + "“I spoke at length with Foreign Minister Paul Ortiz,” Governor Ana Ruiz said on Monday.",
			[]string{"Ana Ruiz|metWith|Paul Ortiz"}, nil},
		{"future", remarks + "Thank you all. I will meet with Foreign Minister Paul Ortiz next week.",
			nil, []string{"Lia Moreno|metWith|Paul Ortiz"}},
		{"negated", remarks + "Thank you all. I have not met with Foreign Minister Paul Ortiz.",
			nil, []string{"Lia Moreno|metWith|Paul Ortiz"}},
		{"hoped for", remarks + "Thank you all. I hope to meet with Foreign Minister Paul Ortiz.",
			nil, []string{"Lia Moreno|metWith|Paul Ortiz"}},
		{"bare progressive", remarks + "Thank you all. I am meeting with Foreign Minister Paul Ortiz tomorrow.",
			nil, []string{"Lia Moreno|metWith|Paul Ortiz"}},
		{"place after with", floor + "I've met with the sheriffs along the Chile border.",
			nil, []string{"Dalton|metWith|Chile"}},
		{"body whose officer was met", floor + "I spoke with the director of the Federal Bureau of Investigation.",
			nil, []string{"Dalton|metWith|Federal Bureau of Investigation"}},
		{"later clause", remarks + "Thank you all. I met with the mayors, and informed them that Chile will help.",
			nil, []string{"Lia Moreno|metWith|Chile"}},
	})
}

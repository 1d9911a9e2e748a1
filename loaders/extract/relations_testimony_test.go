package extract

import "testing"

// TestTestimonyNouns: the person who gives testimony before or to a body
// testified before it, however the clause names them; testimony no person
// gives names none. A time adverb may stand before "before".
func TestTestimonyNouns(t *testing.T) {
	const us = "WASHINGTON — "
	checkRelCases(t, []relCase{
		{"said in testimony to", us + "Secretary of State Dan Ruel said in testimony to the Senate Foreign Relations Committee that the program works.",
			[]string{"Dan Ruel|testifiedBefore|Senate Foreign Relations Committee"}, nil},
		{"fronted", us + "In testimony before the Senate Foreign Relations Committee, Secretary of State Dan Ruel said the program works.",
			[]string{"Dan Ruel|testifiedBefore|Senate Foreign Relations Committee"}, nil},
		{"delivered testimony", us + "Secretary of State Dan Ruel delivered testimony before the Senate Foreign Relations Committee on Tuesday.",
			[]string{"Dan Ruel|testifiedBefore|Senate Foreign Relations Committee"}, nil},
		{"testified Tuesday before", us + "Secretary of State Dan Ruel testified Tuesday before the Senate Foreign Relations Committee.",
			[]string{"Dan Ruel|testifiedBefore|Senate Foreign Relations Committee"}, nil},
		{"nobody's testimony", us + "According to testimony to the Senate Foreign Relations Committee, Secretary of State Dan Ruel's program works.",
			nil, []string{"Dan Ruel|testifiedBefore|Senate Foreign Relations Committee"}},
		{"will deliver", us + "Secretary of State Dan Ruel will deliver testimony before the Senate Foreign Relations Committee.",
			nil, []string{"Dan Ruel|testifiedBefore|Senate Foreign Relations Committee"}},
	})
}

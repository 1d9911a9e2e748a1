package extract

import "testing"

// TestAfterMeetings: "After meeting with B, A …" makes the person after
// the fronted phrase meet B; a phrase inside a clause, or one about a
// meeting of others, is none; "Following his meeting with B, A …" is
// the noun's. "Held a bilateral with" and "had lunch
// with" are meetings too.
func TestAfterMeetings(t *testing.T) {
	const us = "WASHINGTON — "
	checkRelCases(t, []relCase{
		{"fronted after meeting", us + "After meeting with Argentine Foreign Minister Lia Vargas, Secretary of State Dan Ruel said the talks went well.",
			[]string{"Dan Ruel|metWith|Lia Vargas"}, nil},
		{"within a clause", us + "Secretary of State Dan Ruel said that after meeting with Argentine Foreign Minister Lia Vargas, Tom Baker of Chile left.",
			nil, []string{"Tom Baker|metWith|Lia Vargas"}},
		{"held a bilateral with", us + "Secretary of State Dan Ruel held a bilateral with Argentine Foreign Minister Lia Vargas on the margins of the summit.",
			[]string{"Dan Ruel|metWith|Lia Vargas"}, nil},
		{"had lunch with", us + "Secretary of State Dan Ruel had lunch with Argentine Foreign Minister Lia Vargas on Friday.",
			[]string{"Dan Ruel|metWith|Lia Vargas"}, nil},
		{"following his meeting with", us + "Following his bilateral meeting with Argentine Foreign Minister Lia Vargas, Secretary of State Dan Ruel toured the port.",
			[]string{"Dan Ruel|metWith|Lia Vargas"}, nil},
		{"after their call with", us + "After their call with Argentine Foreign Minister Lia Vargas, Secretary of State Dan Ruel and Senator Ann Lowe spoke to reporters.",
			[]string{"Dan Ruel|metWith|Lia Vargas"}, nil},
		{"following an order", us + "Following an order from Argentine Foreign Minister Lia Vargas, Secretary of State Dan Ruel left.",
			nil, []string{"Dan Ruel|metWith|Lia Vargas"}},
	})
}

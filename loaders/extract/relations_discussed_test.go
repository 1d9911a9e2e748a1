package extract

import "testing"

// TestJointDiscussions: the coordinated subjects of "discussed" or
// "exchanged views" met when they serve different governments; officials
// of one government, or a planned talk, state no meeting.
func TestJointDiscussions(t *testing.T) {
	const us = "WASHINGTON — The United States and Argentina held talks this week. "
	checkRelCases(t, []relCase{
		{"two officials discussed", us + "Secretary of State Daniel Ortiz and Argentine Security Minister Lia Vargas discussed border security on Friday.",
			[]string{"Daniel Ortiz|metWith|Lia Vargas"}, nil},
		{"exchanged views", us + "Secretary of State Daniel Ortiz and Argentine Security Minister Lia Vargas exchanged views on port security.",
			[]string{"Daniel Ortiz|metWith|Lia Vargas"}, nil},
		{"three governments", us + "Canada, Argentina, and the United States discussed the flow of precursor chemicals.",
			[]string{"Canada|metWith|Argentina", "Argentina|metWith|United States"}, nil},
		{"one government's officials", us + "Secretary of State Daniel Ortiz and Secretary of Homeland Security Tom Baker discussed border security on Friday.",
			nil, []string{"Daniel Ortiz|metWith|Tom Baker"}},
		{"a planned talk", us + "Secretary of State Daniel Ortiz and Argentine Security Minister Lia Vargas will discuss border security on Friday.",
			nil, []string{"Daniel Ortiz|metWith|Lia Vargas"}},
	})
}

// TestHeldTalks: the coordinated subjects of "held talks" or "held a
// meeting" with no partner after it met; "held talks with C" is read by
// its cue, and a talk held by one government's officials is none.
func TestHeldTalks(t *testing.T) {
	const us = "WASHINGTON — The United States and Argentina held talks this week. "
	checkRelCases(t, []relCase{
		{"held talks", us + "Secretary of State Daniel Ortiz and Argentine Security Minister Lia Vargas held talks on Friday.",
			[]string{"Daniel Ortiz|metWith|Lia Vargas"}, nil},
		{"held a bilateral meeting", us + "Secretary of State Daniel Ortiz and Argentine Security Minister Lia Vargas held a bilateral meeting in Lima.",
			[]string{"Daniel Ortiz|metWith|Lia Vargas"}, nil},
		{"one government's officials", us + "Secretary of State Daniel Ortiz and Secretary of Homeland Security Tom Baker held a meeting on Friday.",
			nil, []string{"Daniel Ortiz|metWith|Tom Baker"}},
		{"not held", us + "Secretary of State Daniel Ortiz and Argentine Security Minister Lia Vargas have not held talks since May.",
			nil, []string{"Daniel Ortiz|metWith|Lia Vargas"}},
	})
}

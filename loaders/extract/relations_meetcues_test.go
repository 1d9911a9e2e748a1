package extract

import "testing"

// TestMeetingVerbCues: the readout verbs for a meeting or a call of the
// relation lexicon (data/lexicon/relations.tsv) name whom the subject
// met, with their irregular pasts ("sat", "paid", "conferred").
func TestMeetingVerbCues(t *testing.T) {
	const us = "WASHINGTON — "
	checkRelCases(t, []relCase{
		{"conferred with", us + "Secretary of State Daniel Ortiz conferred with Argentine Security Minister Lia Vargas on Friday.",
			[]string{"Daniel Ortiz|metWith|Lia Vargas"}, nil},
		{"sat down with", us + "Secretary of State Daniel Ortiz sat down with Argentine Security Minister Lia Vargas on Friday.",
			[]string{"Daniel Ortiz|metWith|Lia Vargas"}, nil},
		{"paid a courtesy call on", us + "Ambassador Susan Pell paid a courtesy call on Peruvian Prime Minister Victor Pardo.",
			[]string{"Susan Pell|metWith|Victor Pardo"}, nil},
		{"received a call from", us + "Secretary of State Daniel Ortiz received a call from Argentine Security Minister Lia Vargas on Friday.",
			[]string{"Daniel Ortiz|metWith|Lia Vargas"}, nil},
		{"had a telephone conversation with", us + "Secretary of State Daniel Ortiz had a telephone conversation with Argentine Security Minister Lia Vargas.",
			[]string{"Daniel Ortiz|metWith|Lia Vargas"}, nil},
		{"held a videoconference with", us + "Secretary of State Daniel Ortiz held a videoconference with Argentine Security Minister Lia Vargas.",
			[]string{"Daniel Ortiz|metWith|Lia Vargas"}, nil},
		{"joined a call with", us + "Secretary of State Daniel Ortiz joined a call with Argentine Security Minister Lia Vargas on Friday.",
			[]string{"Daniel Ortiz|metWith|Lia Vargas"}, nil},
		{"joined the meeting with", us + "Secretary of State Daniel Ortiz joined the meeting with Argentine Security Minister Lia Vargas on Friday.",
			[]string{"Daniel Ortiz|metWith|Lia Vargas"}, nil},
		{"spoke by phone with", us + "Secretary of State Daniel Ortiz spoke by phone with Argentine Security Minister Lia Vargas on Friday.",
			[]string{"Daniel Ortiz|metWith|Lia Vargas"}, nil},
		{"a call not received", us + "Secretary of State Daniel Ortiz has not received a call from Argentine Security Minister Lia Vargas.",
			nil, []string{"Daniel Ortiz|metWith|Lia Vargas"}},
	})
}

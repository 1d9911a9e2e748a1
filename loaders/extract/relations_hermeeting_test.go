package extract

import "testing"

// TestPossessivePronounMeeting: "his" or "her" right before a meeting
// noun stands for the person named before it in the sentence, who met
// the one the meeting is "with". All copy is invented.
func TestPossessivePronounMeeting(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "her meeting with", text: "Vice President Dana Whitcombe proposed the dialogue during her meeting with President Tomas Arevalo on March 3.\n",
			want: []string{"Dana Whitcombe|metWith|Tomas Arevalo"}},
		{name: "his meeting with", text: "Senator Omar Fenwick raised the case at his meeting with Foreign Minister Rosa Quintana in Asuncion.\n",
			want: []string{"Omar Fenwick|metWith|Rosa Quintana"}},
	})
}

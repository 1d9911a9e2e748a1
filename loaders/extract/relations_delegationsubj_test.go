package extract

import "testing"

// TestDelegationSubject: "The delegation" as the subject of a meeting verb
// stands for the delegation named before: its state, or the person who
// travelled with it; a clause about others between the subject and a
// second verb does not take the subject. All copy is invented.
func TestDelegationSubject(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "state", text: "On May 3, a United States interagency delegation traveled to Paraguay. The delegation also met with Interior Minister Rosa Quintana.\n",
			want: []string{"United States|metWith|Rosa Quintana"}},
		{name: "second verb", text: "On May 3, a United States interagency delegation traveled to Paraguay. The delegation toured the port with Paraguayan customs officials and met with Interior Minister Rosa Quintana.\n",
			want: []string{"United States|metWith|Rosa Quintana"},
			not:  []string{"Paraguay|metWith|Rosa Quintana"}},
		{name: "traveller", text: "Assistant Secretary Dana Whitcombe traveled to Paraguay on May 3. She was accompanied by Deputy Assistant Secretary Omar Fenwick. In Asuncion, the delegation met with Interior Minister Rosa Quintana.\n",
			want: []string{"Dana Whitcombe|metWith|Rosa Quintana"},
			not:  []string{"Omar Fenwick|metWith|Rosa Quintana"}},
	})
}

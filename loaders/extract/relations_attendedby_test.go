package extract

import "testing"

// TestAttendedByMeetings: the people "the meeting was attended by" meet
// the other side of the meeting told before, not their own principal; a
// person listed without a known government takes the list's. All copy is
// invented.
func TestAttendedByMeetings(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "one side listed", text: "U.S. Senator Dana Whitcombe today met with the President of Paraguay, Tomas Arevalo, to discuss security.\n\n" +
			"In addition to President Arevalo, the meeting was attended by Rosa Quintana, Minister of the Interior of Paraguay; and Omar Fenwick, Secretary to the Presidency.\n",
			want: []string{"Rosa Quintana|metWith|Dana Whitcombe", "Omar Fenwick|metWith|Dana Whitcombe"},
			not:  []string{"Rosa Quintana|metWith|Tomas Arevalo"}},
		{name: "indefinite meeting", text: "U.S. Senator Dana Whitcombe today met with the President of Paraguay, Tomas Arevalo, to discuss security.\n\n" +
			"Last year a meeting was attended by Rosa Quintana, Minister of the Interior of Paraguay.\n",
			not: []string{"Rosa Quintana|metWith|Dana Whitcombe"}},
	})
}

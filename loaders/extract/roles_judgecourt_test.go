package extract

import "testing"

// TestJudgeCourtAfter checks that a judge placed in a court right after the
// name ("before U.S. Magistrate Judge X in the U.S. District Court for
// …") holds the post at that court, and that a judge with no court named
// keeps the state. All copy is invented.
func TestJudgeCourtAfter(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "in the court", text: "H\nThe two men appear today before U.S. Magistrate Judge Dana R. Whitcombe in the U.S. District Court for the District of Oregon.",
			person: "Dana R. Whitcombe", org: "U.S. District Court for the District of Oregon"},
		{name: "no court", text: "H\nThe two men appear today before U.S. Magistrate Judge Dana R. Whitcombe.",
			person: "Dana R. Whitcombe", org: "United States"},
	})
}

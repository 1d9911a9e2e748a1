package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestOwnBodyCooperation: a state and its own agency, or a part of one,
// are no partners in cooperation; the other partners of the same
// sentence still are.
func TestOwnBodyCooperation(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "an office of a department with its own state",
			text: "The Treasury Department's Office of Foreign Assets Control worked with the United States and Panama to trace the shell companies.",
			want: []string{"Office of Foreign Assets Control|cooperatesWith|Panama"},
			not:  []string{"Office of Foreign Assets Control|cooperatesWith|United States", "Department of the Treasury|cooperatesWith|United States"}},
		{name: "a state with its own agency",
			text: "The United States worked with the U.S. Coast Guard and Peru on the operation.",
			want: []string{"United States|cooperatesWith|Peru"},
			not:  []string{"United States|cooperatesWith|U.S. Coast Guard"}},
		{name: "an agency with another state",
			text: "The Drug Enforcement Administration worked with Mexico on the case.",
			want: []string{"Drug Enforcement Administration|cooperatesWith|Mexico"}},
	})
}

package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestInfinitiveClosedByAnd: a bare verb after "and" closing an infinitive
// phrase is governed as that infinitive is (an effort to work with a
// partner is cooperation under way; a plan is not an act), while a past
// verb after "and" is the sentence's own act.
func TestInfinitiveClosedByAnd(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "our efforts to … and work with",
			text: "Statement from National Security Advisor Ana Ruiz on Port Measures\n\nThe United States announced new port measures today. They are part of our efforts to disrupt smuggling networks at sea and work with Peru on inspections.",
			want: []string{"United States|cooperatesWith|Peru"}},
		{name: "a plan",
			text: "Chile plans to review port security next year and work with Peru on inspections.",
			not:  []string{"Chile|cooperatesWith|Peru"}},
		{name: "a past verb after and",
			text: "Chile went to review port security and worked with Peru on inspections.",
			want: []string{"Chile|cooperatesWith|Peru"}},
	})
}

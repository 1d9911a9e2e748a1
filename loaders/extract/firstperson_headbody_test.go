package extract

import "testing"

// TestHeadlineBodyGov checks that "we" and "our" in the unquoted prose of
// a release headed by a state's embassy or consulate are that state's
// government, and that a headline naming any other body first (a
// committee holding a hearing) gives them to no one.
func TestHeadlineBodyGov(t *testing.T) {
	checkRelCases(t, []relCase{
		{"an embassy's statement: 'we' is its state",
			"U.S. Embassy Statement on the Puerto Barrios Seizure\n\nThe United States welcomes the seizure of rifles at Puerto Barrios. We continue to work closely with Guatemalan authorities to find those responsible.",
			[]string{"United States|cooperatesWith|Guatemala"}, nil},
		{"a consulate heads the release, 'our' is its state",
			"United States Consulate Congratulates Police on Arrests\n\nThe United States applauds the arrests in Tela. Our partnership with Honduras keeps growing.",
			[]string{"United States|cooperatesWith|Honduras"}, nil},
		{"the post alone names its state",
			"U.S. Embassy Congratulates Police on Arrests\n\nThe arrests in Tela are welcome. Our partnership with Honduras keeps growing.",
			[]string{"United States|cooperatesWith|Honduras"}, nil},
		{"a hearing's headline gives 'we' to no one",
			"Senate Hearing on Port Security\n\nThe United States faces a flood of rifles. We continue to work closely with Guatemalan authorities, a witness said.",
			nil, []string{"United States|cooperatesWith|Guatemala"}},
	})
}

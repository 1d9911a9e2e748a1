package extract

import "testing"

// TestWorkWithManner: "work" with a manner adverb or phrase before "with"
// states cooperation ("work hand in hand with", "worked cooperatively
// with"); a demonym's people as the subject name their state.
func TestWorkWithManner(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "hand in hand",
			text: "Report\n\nThe FBI is working hand in hand with the Bolivian National Police.",
			want: []string{"Federal Bureau of Investigation|cooperatesWith|Bolivian National Police"}},
		{name: "more closely",
			text: "Report\n\nThe FBI will work more closely with the Bolivian National Police.",
			want: []string{"Federal Bureau of Investigation|cooperatesWith|Bolivian National Police"}},
		{name: "for many months",
			text: "Report\n\nThe FBI has been working for many months with the Bolivian National Police.",
			want: []string{"Federal Bureau of Investigation|cooperatesWith|Bolivian National Police"}},
		{name: "a demonym's people as the subject",
			text: "Report\n\nThe suspect was arrested in Chile in May. Throughout the case, Chilean law enforcement and prosecution authorities worked cooperatively with the FBI and ICE.",
			want: []string{"Chile|cooperatesWith|Federal Bureau of Investigation", "Chile|cooperatesWith|U.S. Immigration and Customs Enforcement"},
			not:  []string{"Federal Bureau of Investigation|cooperatesWith|U.S. Immigration and Customs Enforcement"}},
	})
}

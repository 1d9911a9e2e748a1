package extract

import "testing"

// TestWantedForCrimeIn: "wanted for <crime> in <state>" names the state
// that wants, and so charged, the fugitive; being wanted for questioning
// is no charge, and a place that is no state names no one. All copy is
// invented.
func TestWantedForCrimeIn(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "wanted for a crime in a state",
			text: "Officers arrested Ramon Elias Castro-Duarte, 31, in Metairie. Castro-Duarte is wanted for aggravated homicide in Honduras.",
			want: []string{"Honduras|charged|Ramon Elias Castro-Duarte"}},
		{name: "wanted for questioning",
			text: "Officers arrested Ramon Elias Castro-Duarte, 31, in Metairie. Castro-Duarte is wanted for questioning in Honduras.",
			not:  []string{"Honduras|charged|Ramon Elias Castro-Duarte"}},
		{name: "a city is no state",
			text: "Officers arrested Ramon Elias Castro-Duarte, 31, in Honduras. Castro-Duarte is wanted for aggravated homicide in Houston.",
			not:  []string{"Honduras|charged|Ramon Elias Castro-Duarte"}},
	})
}

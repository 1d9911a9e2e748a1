package extract

import "testing"

// TestTrailingAttributionIsNoObject: a name set off by a comma before a
// speech verb at the end of the clause is the speaker, not an object of
// the act before it.
func TestTrailingAttributionIsNoObject(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a speaker after the object phrase",
			text: "Report\n\nPeru will look for ways to work with regional defense leaders, Carlos Vega Ruiz added.",
			not:  []string{"Peru|cooperatesWith|Carlos Vega Ruiz"}},
		{name: "a named partner before the speaker",
			text: "Report\n\nPeru will work with Chile, Carlos Vega Ruiz said.",
			want: []string{"Peru|cooperatesWith|Chile"},
			not:  []string{"Peru|cooperatesWith|Carlos Vega Ruiz"}},
	})
}

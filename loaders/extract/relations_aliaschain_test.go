package extract

import "testing"

// TestAliasChains: a listed person's nicknames may be chained ("aka A,
// aka B"), and a nickname may repeat one of the person's own names (then
// it is a mention of the person); either way every item of the list is
// the subject. All copy is invented.
func TestAliasChains(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "two nicknames chained on the first item",
			text: "Colombian nationals Ramiro Teodoro Vasquez-Lunar, aka Toto, aka Tito, and Elena Marisol Vasquez-Lunar were extradited from Colombia to the United States on March 3 to face drug trafficking charges.",
			want: []string{"United States|charged|Ramiro Teodoro Vasquez-Lunar", "United States|charged|Elena Marisol Vasquez-Lunar",
				"Colombia|extradited|Ramiro Teodoro Vasquez-Lunar"}},
		{name: "the last item's own given name among its nicknames",
			text: "Peruvian nationals Ramiro Teodoro Vasquez-Lunar, aka Toto, and Elena Marisol Vasquez-Lunar, aka Mimi, aka Marisol and aka Lala, were extradited from Peru to the United States on March 3 to face drug trafficking charges.",
			want: []string{"United States|charged|Ramiro Teodoro Vasquez-Lunar", "United States|charged|Elena Marisol Vasquez-Lunar"}},
		{name: "one person with chained nicknames",
			text: "Ramiro Teodoro Vasquez-Lunar, aka Toto, aka Maria, was extradited from Peru to the United States on March 3 to face drug trafficking charges.",
			want: []string{"United States|charged|Ramiro Teodoro Vasquez-Lunar"}, not: []string{"United States|charged|Maria"}},
	})
}

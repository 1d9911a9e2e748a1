package extract

import "testing"

// TestConjoinedHeadTitle: a head title joined by "and" to an earlier
// description of someone ("X, one of …, and the former head of the Y
// cartel, Z, …") is X's; the names after it start the next item.
func TestConjoinedHeadTitle(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "the names after a conjoined title",
			text: "Officials said Rafa Quintero, one of the most feared smugglers in the region and the former head of the Gulf Cartel, Juan and Luis Ferrandiz, brothers who ran a laundering ring, and Ana Ruiz arrived in Texas.",
			not:  []string{"Luis Ferrandiz|leads|Gulf Cartel"}},
		{name: "a plain apposition still names the head",
			text: "Police arrested the former head of the Gulf Cartel, Juan Ferrandiz, on Friday.",
			want: []string{"Juan Ferrandiz|leads|Gulf Cartel"}},
	})
}

package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestAidThingGiver: aid that "will assist" or "supports" someone in a
// relative clause is the support of its stated giver: the body named
// before its noun or the subject of the verb that delivered it; aid whose
// giver is not stated supports on no one's behalf.
func TestAidThingGiver(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "delivered things that will assist",
			text: "Spain recently delivered rescue equipment, including boats, radios and medical supplies, that will assist the Colombian National Police.",
			want: []string{"Spain|supports|Colombian National Police"}},
		{name: "a body's programming that supports",
			text: "Peru and Chile met in Lima. The minister will review USAID programming that supports Peru in its fight against gangs.",
			want: []string{"U.S. Agency for International Development|supports|Peru"}},
		{name: "aid with no giver stated",
			text: "Spain sanctioned the Gulf Cartel. The radios that will assist the Colombian National Police arrived.",
			not:  []string{"Spain|supports|Colombian National Police"}},
		{name: "a planned delivery",
			text: "Spain will not deliver the radios, which would assist the Colombian National Police.",
			not:  []string{"Spain|supports|Colombian National Police"}},
	})
}

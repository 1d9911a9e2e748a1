package extract

import "testing"

// TestDonationsAsSupport: donating things "to" an actor and a
// "contribution to" or "donation to" it are support of it; a planned
// donation is none.
func TestDonationsAsSupport(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "donated things to a ministry",
			text: "On Tuesday Peru donated 40 patrol boats to the Bolivian Ministry of Defense.",
			want: []string{"Peru|supports|Bolivian Ministry of Defense"}},
		{name: "a contribution to a mission",
			text: "Officials noted Peru's contributions to the Andean Security Council in Bolivia.",
			want: []string{"Peru|supports|Andean Security Council"}},
		{name: "its contribution to a mission",
			text: "The minister thanked Peru for its contribution to the Andean Security Council.",
			want: []string{"Peru|supports|Andean Security Council"}},
		{name: "a planned donation",
			text: "Peru plans to donate 40 patrol boats to the Bolivian Ministry of Defense.",
			not:  []string{"Peru|supports|Bolivian Ministry of Defense"}},
	})
}

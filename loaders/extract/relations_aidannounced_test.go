package extract

import "testing"

// TestAnnouncedAid: aid announced or pledged to a recipient, equipment
// delivered to one, and assistance "for" one are support; an announced
// act that is no aid is not.
func TestAnnouncedAid(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "announced assistance to",
			text: "Brazil announced $65 million in assistance to Paraguay.",
			want: []string{"Brazil|supports|Paraguay"}},
		{name: "assistance for",
			text: "Brazil announced $65 million in new security assistance for Paraguay.",
			want: []string{"Brazil|supports|Paraguay"}},
		{name: "pledged aid",
			text: "Brazil pledged $10 million in aid to Paraguay.",
			want: []string{"Brazil|supports|Paraguay"}},
		{name: "delivered boats",
			text: "Brazil delivered two patrol boats to the Paraguayan Navy.",
			want: []string{"Brazil|supports|Paraguayan Navy"}},
		{name: "announced sanctions",
			text: "Brazil announced sanctions on Paraguay.",
			not:  []string{"Brazil|supports|Paraguay"}},
		{name: "announced a visit",
			text: "Brazil announced a visit to Paraguay.",
			not:  []string{"Brazil|supports|Paraguay"}},
	})
}

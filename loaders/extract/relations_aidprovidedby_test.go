package extract

import "testing"

// TestAidProvidedBy: "Assistance for Operation X was provided by A and
// B" names givers and no receiver, so A and B do not support each
// other; a receiver named before the "by" still counts, and a "by" after
// another verb ("a mission led by X") is not the givers'.
func TestAidProvidedBy(t *testing.T) {
	checkRelCases(t, []relCase{
		{"operation as receiver",
			"Assistance for Operation Grey Heron was provided by the Finance Ministry's Office of Seized Property and the Bureau of Coastal Affairs.",
			nil, []string{"Office of Seized Property|supports|Bureau of Coastal Affairs", "Bureau of Coastal Affairs|supports|Office of Seized Property"}},
		{"receiver named",
			"Technical assistance to the Belize Police Department was provided by the Bureau of Coastal Affairs.",
			[]string{"Bureau of Coastal Affairs|supports|Belize Police Department"}, nil},
	})
}

package extract

import "testing"

// TestAidProvidedBy: "Assistance for Operation X was provided by A and
// B" names givers and no receiver, so A and B do not support each
// other; a receiver named before the "by" still counts, and a "by" after
// another verb ("a mission led by X") is not the givers'.
func TestAidProvidedBy(t *testing.T) {
	checkRelCases(t, []relCase{
		{"operation as receiver",
			"Assistance for Operation Lantern Fish was provided by the Criminal Division's Office of Asset Recovery and the Bureau of Harbor Affairs.",
			nil, []string{"Office of Asset Recovery|supports|Bureau of Harbor Affairs", "Bureau of Harbor Affairs|supports|Office of Asset Recovery"}},
		{"receiver named",
			"Technical assistance to the Belize Police Department was provided by the Bureau of Harbor Affairs.",
			[]string{"Bureau of Harbor Affairs|supports|Belize Police Department"}, nil},
	})
}

package extract

import "testing"

// TestVowedHarm: a vow to destroy or crush a group is a threat against
// it, by the one who vowed; a negated vow, or a vow to help, is none.
func TestVowedHarm(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "who has vowed to destroy the group",
			text: "Los Zetas smuggle cocaine. President Ana Ruiz of Peru, who has vowed to destroy the group, announced the arrests on Wednesday.",
			want: []string{"Ana Ruiz|threatened|Los Zetas"}},
		{name: "vowed to wipe out",
			text: "Peru vowed to wipe out the Gulf Cartel.",
			want: []string{"Peru|threatened|Gulf Cartel"}},
		{name: "never vowed",
			text: "Peru never vowed to destroy the Gulf Cartel.",
			not:  []string{"Peru|threatened|Gulf Cartel"}},
		{name: "a vow to help",
			text: "Peru vowed to support Bolivia.",
			not:  []string{"Peru|threatened|Bolivia"}},
	})
}

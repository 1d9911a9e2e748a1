package extract

import "testing"

// TestBodiesSignPassive: the agencies an agreement's sentence names as its
// parties signed it when the sentence says it "was signed"; an active
// sentence may name another signer, and the agencies then do not sign.
// All copy is invented.
func TestBodiesSignPassive(t *testing.T) {
	checkRelCases(t, []relCase{
		{"between two services, was signed",
			"Navies Agree on Patrols\n\nThe joint patrol agreement, between the Peruvian Navy and the Chilean Navy, was signed at the navy's headquarters on Monday by Admiral Luis Vega and Admiral Pedro Soto.",
			[]string{"Peruvian Navy|signed|joint patrol agreement", "Chilean Navy|signed|joint patrol agreement"}, nil},
		{"the relative clause's states sign",
			"Fishing Accord\n\nThe fishing accord, which Honduras and Nicaragua signed in 2023, allows fishermen to work in a shared zone.",
			[]string{"Honduras|signed|fishing accord", "Nicaragua|signed|fishing accord"}, nil},
		{"a planned signing",
			"Navies Agree on Patrols\n\nThe joint patrol agreement, between the Peruvian Navy and the Chilean Navy, will be signed in May.",
			nil, []string{"Peruvian Navy|signed|joint patrol agreement", "Chilean Navy|signed|joint patrol agreement"}},
	})
}

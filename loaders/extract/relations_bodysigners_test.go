package extract

import "testing"

// TestBodiesSignPassive: the agencies an agreement's sentence names as its
// parties signed it when the sentence says it "was signed"; an active
// sentence may name another signer, and the agencies then do not sign.
// All copy is invented.
func TestBodiesSignPassive(t *testing.T) {
	checkRelCases(t, []relCase{
		{"between two services, was signed",
			"River Border Accord\n\nA river interdiction memorandum, between the Colombian National Police and the Ecuadorian National Police, was signed in Ipiales last week, officials said.",
			[]string{"Colombian National Police|signed|river interdiction memorandum", "Ecuadorian National Police|signed|river interdiction memorandum"}, nil},
		{"the relative clause's states sign",
			"Fishing Accord\n\nThe fishing accord, which Honduras and Nicaragua signed in 2023, allows fishermen to work in a shared zone.",
			[]string{"Honduras|signed|fishing accord", "Nicaragua|signed|fishing accord"}, nil},
		{"a planned signing",
			"River Border Accord\n\nA river interdiction memorandum, between the Colombian National Police and the Ecuadorian National Police, will be signed in Ipiales in May.",
			nil, []string{"Colombian National Police|signed|river interdiction memorandum", "Ecuadorian National Police|signed|river interdiction memorandum"}},
	})
}

package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestThisAgreementAnaphor: "this agreement", "the pact" after an
// agreement named by another head ("Memorandum of Cooperation") refer back
// to it, also as the object of a verb that takes a direct object
// ("welcomes this agreement"); with no agreement named before, no one.
func TestThisAgreementAnaphor(t *testing.T) {
	checkRelCases(t, []relCase{
		{"welcomes this agreement",
			"News\n\nOn May 27, Peru signed a new Memorandum of Cooperation with Chile. Brazil welcomes this agreement.",
			[]string{"Brazil|supports|Memorandum of Cooperation"}, nil},
		{"supports this pact",
			"News\n\nOn May 27, Peru signed a new Memorandum of Cooperation with Chile. Brazil supports this pact.",
			[]string{"Brazil|supports|Memorandum of Cooperation"}, nil},
		{"no agreement named before",
			"News\n\nOn May 27, Peru hosted Chile. Brazil welcomes this agreement.",
			nil, []string{"Brazil|supports|Chile"}},
	})
}

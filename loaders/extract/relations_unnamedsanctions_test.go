package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestUnnamedSanctioner: the noun "sanctions on X" takes the subject of the
// verb that imposes it, else the United States the text names; sanctions
// sought or asked about are none.
func TestUnnamedSanctioner(t *testing.T) {
	checkRelCases(t, []relCase{
		{"the subject of an imposing verb",
			"News\n\nThe Treasury Department has imposed asset-blocking sanctions on the Gulf Cartel under a new order.",
			[]string{"Department of the Treasury|sanctioned|Gulf Cartel"}, []string{"United States|sanctioned|Gulf Cartel"}},
		{"levied against",
			"News\n\nIn March the Treasury Department levied financial sanctions against Ramiro Olvera Tapia, a cartel financier.",
			[]string{"Department of the Treasury|sanctioned|Ramiro Olvera Tapia"}, nil},
		{"no actor named: the United States",
			"News\n\nThe United States and Peru met in Lima. The letter asks the administration to roll back harmful sanctions on the Gulf Cartel.",
			[]string{"United States|sanctioned|Gulf Cartel"}, nil},
		{"a question",
			"News\n\nThe United States and Peru met in Lima. Will there be more sanctions on the Gulf Cartel?",
			nil, []string{"United States|sanctioned|Gulf Cartel"}},
		{"sanctions sought",
			"News\n\nThe United States and Peru met in Lima. Senators called for sanctions on the Gulf Cartel.",
			nil, []string{"United States|sanctioned|Gulf Cartel"}},
	})
}

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
			"News\n\nThe Treasury Department has imposed fresh sanctions on the Gulf Cartel under a new order.",
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
		{"a modal imposing verb: not yet imposed",
			"News\n\nCanada will also levy tough new economic sanctions on Bolivia.",
			nil, []string{"Canada|sanctioned|Bolivia"}},
		{"a negated imposing verb",
			"News\n\nCanada never imposed economic sanctions on Bolivia.",
			nil, []string{"Canada|sanctioned|Bolivia"}},
	})
}

// TestSanctionedStates: the noun "sanctions on X" relates a government
// named as its object, and a ruler's regime as the ruler's state; a
// demonym, a company of a state, a sector's sanctions or the sanctioner's
// own state are none.
func TestSanctionedStates(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a state named",
			"News\n\nThe United States and Peru met in Lima. Lawmakers asked the administration to ease harmful sanctions on Bolivia and Paraguay.",
			[]string{"United States|sanctioned|Bolivia", "United States|sanctioned|Paraguay"}, nil},
		{"a possessor's sanctions on a state",
			"News\n\nThe letter urged the White House to enforce all U.S. sanctions on Bolivia.",
			[]string{"United States|sanctioned|Bolivia"}, nil},
		{"a demonym names a company's state",
			"News\n\nThe Treasury Department imposed sanctions on Bolivian state-owned mining company Minera Andina.",
			nil, []string{"Department of the Treasury|sanctioned|Bolivia"}},
		{"a sector's sanctions",
			"News\n\nThe United States and Peru met in Lima. The administration has recently unwound energy sanctions on Bolivia.",
			nil, []string{"United States|sanctioned|Bolivia"}},
		{"the verb takes no state",
			"News\n\nThe Treasury Department sanctioned one of Bolivia's most violent gangs, Los Zetas.",
			nil, []string{"Department of the Treasury|sanctioned|Bolivia"}},
	})
}

package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestDesignatedAfterAlias: a group apposed "a designated foreign
// terrorist organization", also after its alias in parentheses and
// between dashes, is designated by the United States the text names; a
// designation with no foreign terrorist list is none.
func TestDesignatedAfterAlias(t *testing.T) {
	checkRelCases(t, []relCase{
		{"after an alias, between dashes",
			"News\n\nThe United States charged two brokers who sold rifles to Los Zetas (the Zetas) – a designated foreign terrorist organization – in 2024.",
			[]string{"United States|designated|Los Zetas"}, nil},
		{"after a comma",
			"News\n\nThe United States charged two brokers who sold rifles to Los Zetas, a designated foreign terrorist organization, in 2024.",
			[]string{"United States|designated|Los Zetas"}, nil},
		{"no terrorist list",
			"News\n\nThe United States charged two brokers who sold rifles to Los Zetas (the Zetas) – a designated priority target – in 2024.",
			nil, []string{"United States|designated|Los Zetas"}},
	})
}

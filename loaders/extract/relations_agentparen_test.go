package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestAgentParticipleParenthetical: a participle with its "by" agent set
// off by commas describes the noun before it; that noun, not the agent,
// is the subject of the verb after the second comma.
func TestAgentParticipleParenthetical(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "regular participle",
			text: "The Drug Enforcement Administration, authorized by the Department of Justice, is providing support to Chile.",
			want: []string{"Drug Enforcement Administration|supports|Chile"},
			not:  []string{"Department of Justice|supports|Chile"}},
		{name: "irregular participle with an adverb",
			text: "Chile, jointly led by Argentina in the talks, supports Peru in its fight against gangs.",
			want: []string{"Chile|supports|Peru"},
			not:  []string{"Argentina|supports|Peru"}},
		{name: "no agent: the name before the comma acts",
			text: "Argentina, Chile supports Peru in its fight against gangs.",
			want: []string{"Chile|supports|Peru"}},
	})
}

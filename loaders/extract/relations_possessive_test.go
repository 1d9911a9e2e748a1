package extract

import "testing"

// TestItsPossessorActs: a possessive "its" before a noun cue stands for the
// body named as the possessor before it in the sentence, that of the first
// "its" of a series, or else the clause's actor; a person is no "its".
func TestItsPossessorActs(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "its after a possessor",
			text: "Peru welcomed Bolivia's role in the region, including its support for the Andean Security Compact.",
			want: []string{"Bolivia|supports|Andean Security Compact"}},
		{name: "a series of its after a possessor",
			text: "Peru praised Bolivia's contributions as an observer, its commitment to Chile's reform plan, and its rejection of Paraguay's embargo.",
			want: []string{"Bolivia|rejected|Paraguay"},
			not:  []string{"Chile|rejected|Paraguay"}},
		{name: "its of the clause's actor",
			text: "Bolivia reaffirmed its support for the Andean Security Compact.",
			want: []string{"Bolivia|supports|Andean Security Compact"}},
		{name: "its of a thanked body",
			text: "Peru thanked Bolivia for its cooperation with Chile.",
			want: []string{"Bolivia|cooperatesWith|Chile"}},
		{name: "a person is no its",
			text: "President Ana Ruiz reaffirmed its support for the Andean Security Compact.",
			not:  []string{"Ana Ruiz|supports|Andean Security Compact"}},
	})
}

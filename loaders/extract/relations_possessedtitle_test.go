package extract

import "testing"

// TestPossessedTitleHolder: a definite noun's title with its holder set
// off after it ("the division's commander, Gen. X") names the holder as
// the one met, not the body the noun refers back to.
func TestPossessedTitleHolder(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "after a visit to the body the noun refers back to",
			text: "As a part of his trip, Gen. Ana Ruiz visited Peru's Special Forces Division and met with the division's commander, Gen. Tomas Herrera, who previously served in Lima.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera"}},
		{name: "no comma before the holder",
			text: "Gen. Ana Ruiz met with the ministry's new director Tomas Herrera in Lima.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera"}},
		{name: "a title with no holder after it",
			text: "Gen. Ana Ruiz visited Peru's Special Forces Division and praised the division's commander for the raid.",
			not:  []string{"Ana Ruiz|supports|Tomas Herrera"}},
	})
}

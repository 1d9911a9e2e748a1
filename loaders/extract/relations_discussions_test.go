package extract

import "testing"

// TestHeldDiscussions: holding a discussion, discussions or meetings with someone, over
// a few modifiers, is meeting them; a planned one is not.
func TestHeldDiscussions(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "held discussions with a commander in apposition",
			text: "Paraguay's Minister of Defense Ana Ruiz visited Asuncion on May 5 and held discussions with the army commander, Gen. Tomas Herrera, and his staff.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera"}},
		{name: "held separate meetings with a president",
			text: "Minister Ana Ruiz held separate meetings with President Lucia Vargas of Bolivia in La Paz.",
			want: []string{"Ana Ruiz|metWith|Lucia Vargas"}},
		{name: "had frank discussions with a minister",
			text: "Minister Ana Ruiz had frank discussions with Minister Tomas Herrera of Chile.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera"}},
		{name: "held a discussion with a minister",
			text: "Minister Ana Ruiz held a discussion with Minister Tomas Herrera of Chile on border security.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera"}},
		{name: "a discussion to be held",
			text: "Minister Ana Ruiz will hold a discussion with President Lucia Vargas of Bolivia next month.",
			not:  []string{"Ana Ruiz|metWith|Lucia Vargas"}},
		{name: "discussions to be held",
			text: "Minister Ana Ruiz will hold discussions with President Lucia Vargas of Bolivia next month.",
			not:  []string{"Ana Ruiz|metWith|Lucia Vargas"}},
	})
}

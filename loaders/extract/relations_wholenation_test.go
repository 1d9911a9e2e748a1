package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestWholeNation: "all" and a plural demonym name the state's whole
// nation, so standing with them supports the state; a demonym modifying a
// noun, a group of the people described by a clause, or a negated or
// hedged act is none.
func TestWholeNation(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "standing with a whole nation",
			text: "Paraguay held a vote on Sunday.\n\nCanada stands with all Paraguayans in defence of their constitution.",
			want: []string{"Canada|supports|Paraguay"}},
		{name: "continuing to stand with a whole nation",
			text: "Belize held a vote on Sunday.\n\nNorway continues to stand with all Belizeans as they rebuild.",
			want: []string{"Norway|supports|Belize"}},
		{name: "some of the people only",
			text: "Paraguay held a vote on Sunday.\n\nCanada stands with the brave Paraguayans who marched on Sunday.",
			not:  []string{"Canada|supports|Paraguay"}},
		{name: "a demonym modifying a noun",
			text: "Paraguay held a vote on Sunday.\n\nCanada stands with all Paraguayan farmers.",
			not:  []string{"Canada|supports|Paraguay"}},
		{name: "a negated act",
			text: "Paraguay held a vote on Sunday.\n\nCanada does not stand with all Paraguayans.",
			not:  []string{"Canada|supports|Paraguay"}},
		{name: "a hedged act",
			text: "Paraguay held a vote on Sunday.\n\nCanada should stand with all Paraguayans.",
			not:  []string{"Canada|supports|Paraguay"}},
	})
}

package extract

import "testing"

// TestBarePartners: a state a speaker calls "a partner", naming no one it
// is a partner of, cooperates with the speaker's government; a partner
// "of" someone, a negated or hoped-for partnership, or the speaker's own
// state, does not.
func TestBarePartners(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "quoted US official",
			text: "“Chile has been a really important partner in this work,” said U.S. Secretary of State Tomas Ruiz.",
			want: []string{"Chile|cooperatesWith|United States"}},
		{name: "official's turn",
			text: "Background Call on Policy toward Chile\n\nMODERATOR: Thanks. Our speaker will take questions on the United States and Chile.\n\nSENIOR ADMINISTRATION OFFICIAL: Thank you. Chile remains a steadfast partner in this fight.\n\nQUESTION: And the talks?\n\nSENIOR ADMINISTRATION OFFICIAL: They go on.\n",
			want: []string{"Chile|cooperatesWith|United States"}},
		{name: "negated",
			text: "“Chile has not been a reliable partner in this work,” said U.S. Secretary of State Tomas Ruiz.",
			not:  []string{"Chile|cooperatesWith|United States"}},
		{name: "modal",
			text: "“Chile could be a valuable partner in this work,” said U.S. Secretary of State Tomas Ruiz.",
			not:  []string{"Chile|cooperatesWith|United States"}},
		{name: "narration",
			text: "Chile has been a really important partner in this work, officials in Lima said of the United States.",
			not:  []string{"Chile|cooperatesWith|United States"}},
	})
}

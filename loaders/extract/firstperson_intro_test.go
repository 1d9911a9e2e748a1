package extract

import "testing"

// TestRemarksIntroSpeaker: a line under the headline saying who
// "delivered the following remarks" makes the remarks that person's: their
// "we" is their government.
func TestRemarksIntroSpeaker(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "delivered the following remarks",
			text: "Secretary Ruiz Speaks in Asuncion\n\nSecretary of Homeland Security Ana Ruiz of the United States gave the following remarks to border officials in Asuncion on Friday.\n\nGood evening. We will continue to support Paraguay in its fight against trafficking.",
			want: []string{"United States|supports|Paraguay"}},
		{name: "no such line",
			text: "Border Talks in Asuncion\n\nSecretary of Homeland Security Ana Ruiz of the United States spoke at a press conference in Asuncion, Paraguay.\n\nWe will continue to support Paraguay in its fight against trafficking.",
			not:  []string{"United States|supports|Paraguay"}},
	})
}

// TestPossessedHeadingSpeaker: a headline naming whose remarks it heads
// ("X's Opening Remarks to …") makes them the text's speaker.
func TestPossessedHeadingSpeaker(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "X's opening remarks",
			text: "U.S. Ambassador Ana Ruiz's Prepared Statement at the Border Forum\n\nGood evening. We will continue to support Paraguay in its fight against trafficking.",
			want: []string{"United States|supports|Paraguay"}},
	})
}

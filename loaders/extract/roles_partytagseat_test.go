package extract

import "testing"

// TestPartyTagSeatRoles checks that a name a US party tag follows holds a
// seat in Congress at the United States beside any committee post, with
// the seat the title or the committee's chamber gives. All copy is
// invented.
func TestPartyTagSeatRoles(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "committee chair: a House seat",
			text:   "Hearing Notice\n\nWASHINGTON – House Committee on Ports Chairman Walter Pembry, MD (R-Ohio) announced a hearing on canal security.\n",
			person: "Walter Pembry", title: "Representative", org: "United States"},
		{name: "chair with no chamber named",
			text:   "Hearing Notice\n\nChairman Walter Pembry (R-Ohio) on the hearing: “The canal matters.”\n",
			person: "Walter Pembry", title: "Member of Congress", org: "United States"},
		{name: "a Senate committee's ranking member",
			text:   "Statement\n\nThe Senate Committee on Ports heard Ranking Member Carl Denning (D-Maine) on Tuesday.\n",
			person: "Carl Denning", title: "Senator", org: "United States"},
		{name: "no tag: no seat",
			text:   "Hearing Notice\n\nChairman Walter Pembry of the Ports Board announced a hearing on canal security.\n",
			person: "Walter Pembry", org: "United States", neg: true},
	})
}

package extract

import "testing"

// TestLegislatorAbbrevRoles checks that "Sen. X" / "Rep. X" gives the
// person a post for the United States that an apposition naming another
// body does not replace, and that a chamber named before it does not take
// its place. All copy is invented.
func TestLegislatorAbbrevRoles(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "abbreviation with an apposition: the US post stays",
			text:   "Trade vote welcomed\n\nSen. Lila Varno, a member of the Harbor Trade Council, welcomed the vote on Thursday.\n",
			person: "Lila Varno", org: "United States"},
		{name: "the apposition's body is read too",
			text:   "Trade vote welcomed\n\nSen. Lila Varno, a member of the Harbor Trade Council, welcomed the vote on Thursday.\n",
			person: "Lila Varno", org: "Harbor Trade Council"},
		{name: "a later sentence names another body",
			text:   "Trade vote welcomed\n\nRep. Oren Talbeck welcomed the vote on Thursday. He is a member of the Harbor Trade Council.\n",
			person: "Oren Talbeck", org: "United States"},
		{name: "the chamber before the name is not the body",
			text:   "Trade deal opposed\n\nWith the U.S. Senate engaged in a debate over the accord, Sen. Lila Varno today outlined her concerns.\n",
			person: "Lila Varno", org: "U.S. Senate", neg: true},
		{name: "the chamber before the name: the US post",
			text:   "Trade deal opposed\n\nWith the U.S. Senate engaged in a debate over the accord, Sen. Lila Varno today outlined her concerns.\n",
			person: "Lila Varno", org: "United States"},
		{name: "a spelled-out title abroad: no US post",
			text:   "Vote in Freedonia\n\nSenator Lila Varno, a member of the Harbor Trade Council, welcomed the vote on Thursday.\n",
			person: "Lila Varno", org: "United States", neg: true},
	})
}

// TestHeadlineLegislatorRoles checks that a headline naming a legislator
// by abbreviated title and surname gives the one person of that surname
// the post for the United States. All copy is invented.
func TestHeadlineLegislatorRoles(t *testing.T) {
	const lead = "Senate Majority Leader Oren Talbeck made the following statement today on the vote in Freedonia:\n\n\"This is a good day,\" Talbeck said.\n"
	checkRoles(t, []roleCase{
		{name: "all-caps headline, full name below with another title",
			text:   "SEN. TALBECK ISSUES STATEMENT ON FREEDONIA\n\n" + lead,
			person: "Oren Talbeck", title: "Senator", org: "United States"},
		{name: "the title below is still read",
			text:   "SEN. TALBECK ISSUES STATEMENT ON FREEDONIA\n\n" + lead,
			person: "Oren Talbeck", org: "U.S. Senate"},
		{name: "representative",
			text:   "REP. TALBECK ISSUES STATEMENT ON FREEDONIA\n\n" + lead,
			person: "Oren Talbeck", title: "Representative", org: "United States"},
		{name: "no abbreviation in the headline: no post",
			text:   "TALBECK ISSUES STATEMENT ON FREEDONIA\n\n" + lead,
			person: "Oren Talbeck", org: "United States", neg: true},
		{name: "the abbreviation names another surname: no post",
			text:   "SEN. MARLOW ISSUES STATEMENT ON FREEDONIA\n\n" + lead,
			person: "Oren Talbeck", org: "United States", neg: true},
	})
}

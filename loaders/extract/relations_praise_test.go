package extract

import "testing"

// TestPraiseSupports: commending, congratulating or applauding a
// government, a body or a person is support for it; a government praising
// its own agency, or praise qualified by a demand, is not; "we" in a text
// with a byline is the author's government.
func TestPraiseSupports(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "commended the resolve of a government",
			text: "Minister Ana Ruiz of Peru commended Bolivia's resolve in the fight against trafficking.",
			want: []string{"Ana Ruiz|supports|Bolivia"}},
		{name: "congratulated a president",
			text: "President Ana Ruiz of Peru congratulated President Luis Mora of Bolivia on his election.",
			want: []string{"Ana Ruiz|supports|Luis Mora"}},
		{name: "congratulated a president-elect by title and surname",
			text: "Minister Ana Ruiz of Peru met Bolivian President-elect Luis Mora. Minister Ruiz congratulated President-elect Mora on his victory.",
			want: []string{"Ana Ruiz|supports|Luis Mora"}},
		{name: "congratulated a minister-designate, no designation",
			text: "President Ana Ruiz of Peru congratulated Minister-designate Luis Mora of Bolivia.",
			want: []string{"Ana Ruiz|supports|Luis Mora"},
			not:  []string{"Ana Ruiz|designated|Luis Mora"}},
		{name: "applauded a government's commitment",
			text: "Peru applauded Bolivia's commitment to reform.",
			want: []string{"Peru|supports|Bolivia"}},
		{name: "a government commending its own agency",
			text: "The United States commends the Drug Enforcement Administration for its work.",
			not:  []string{"United States|supports|Drug Enforcement Administration"}},
		{name: "praise qualified by a demand",
			text: "Minister Ana Ruiz of Peru commended Bolivia for the vote, while noting that its officials must respect the courts.",
			not:  []string{"Ana Ruiz|supports|Bolivia"}},
		{name: "we under a byline",
			text: "Progress in Bolivia\n\nPress Statement\nAna Ruiz\nSecretary of State of Peru\n\nWe congratulate Bolivia on the agreement.",
			want: []string{"Peru|supports|Bolivia"}},
		{name: "a byline over several lines",
			text: "Progress in Bolivia\n\nPress Statement\nAna Ruiz\nSecretary of State of Peru\nLima\n\nWe commend Bolivia's resolve.",
			want: []string{"Peru|supports|Bolivia"}},
		{name: "a byline naming a body and an untitled spokesman",
			text: "Excerpts from a briefing\n\nState Department Briefing, John Doe, spokesman, October 2, 2001\n\nQ: Will the United States act against the Gulf Cartel and Los Zetas? MR. DOE: As you know, we designated both gangs as terrorist organizations.",
			want: []string{"United States|designated|Gulf Cartel", "United States|designated|Los Zetas"}},
		{name: "a sentence under the headline is no byline",
			text: "Progress in Bolivia\n\nAna Ruiz of Peru said on Monday that talks would resume.\n\nWe congratulate Bolivia on the agreement.",
			not:  []string{"Peru|supports|Bolivia"}},
		{name: "we with no byline",
			text: "Progress in Bolivia\n\nWe congratulate Bolivia on the agreement.",
			not:  []string{"Peru|supports|Bolivia"}},
	})
}

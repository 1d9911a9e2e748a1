package extract

import "testing"

// TestDesignatedGroups: a group described as designated by a named actor
// ("X, which the State Department designated as …") or as a
// "U.S.-designated" terrorist organization is designated by that actor or
// by the United States; a "U.S.-designated" that is no terrorist listing
// gives none. All copy is invented.
func TestDesignatedGroups(t *testing.T) {
	lede := "Cartel Network\n\nWASHINGTON — The United States acted against the cartels on Monday.\n\n"
	checkRelCases(t, []relCase{
		{name: "which the department designated",
			text: lede + "Ramon Ruiz leads the Quellar Cartel, which the State Department designated as a Foreign Terrorist Organization in February.",
			want: []string{"Department of State|designated|Quellar Cartel"}},
		{name: "U.S.-designated",
			text: lede + "Ramon Ruiz leads the Quellar Cartel, a U.S.-designated Foreign Terrorist Organization.",
			want: []string{"United States|designated|Quellar Cartel"}},
		{name: "after another apposition",
			text: lede + "Brokers launder money for the Quellar Cartel, one of the largest cartels in the region, and a U.S.-designated Foreign Terrorist Organization.",
			want: []string{"United States|designated|Quellar Cartel"}},
		{name: "copula",
			text: lede + "Brokers launder money for the Quellar Cartel. The Quellar Cartel is a U.S.-designated Foreign Terrorist Organization.",
			want: []string{"United States|designated|Quellar Cartel"}},
		{name: "no terrorist listing",
			text: lede + "Ramon Ruiz leads the Quellar Cartel, a U.S.-designated target of sanctions since 2019.",
			not:  []string{"United States|designated|Quellar Cartel"}},
	})
}

package extract

import "testing"

// TestDesignatedAcronym: a group apposed (after a comma or a dash) as "a
// designated FTO and SDGT" is designated by the United States when the
// article names it, as "a U.S.-designated Foreign Terrorist Organization"
// is; "designated" without a U.S. list after it is not. All copy is
// invented.
func TestDesignatedAcronym(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "dash apposition",
			text: "Designation news\n\nWASHINGTON - The United States designated the Puma Cartel today. The Puma Cartel began as a faction of the Tigre Cartel – a designated FTO and SDGT – before splitting off.",
			want: []string{"United States|designated|Tigre Cartel"}},
		{name: "comma apposition",
			text: "Designation news\n\nWASHINGTON - The United States designated the Puma Cartel today. The Puma Cartel began as a faction of the Tigre Cartel, a designated FTO, before splitting off.",
			want: []string{"United States|designated|Tigre Cartel"}},
		{name: "no list named",
			text: "Designation news\n\nWASHINGTON - The United States designated the Puma Cartel today. The Puma Cartel began as a faction of the Tigre Cartel, a designated successor group, before splitting off.",
			not:  []string{"United States|designated|Tigre Cartel"}},
	})
}

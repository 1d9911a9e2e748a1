package extract

import "testing"

// TestReadoutSpokesperson checks that the spokesperson a readout is
// attributable to holds the post at the masthead's body, or else in the
// government of the official whose meeting or call it reports.
func TestReadoutSpokesperson(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "no masthead: the reported official's government",
			text:   "Minister Vale's Call with Chilean Counterpart\n\nThe following is attributable to Spokesperson Dora Keel:\n\nPeruvian Foreign Minister Ana Vale spoke with Chilean Foreign Minister Luis Roca today.",
			person: "Dora Keel", title: "Spokesperson", org: "Peru"},
		{name: "deputy title, the spokesperson's own office on the masthead",
			text:   "Minister Vale's Meeting\n\nOffice of the Spokesperson\n\nThe below is attributable to Deputy Spokesperson Ben Ortt:\n\nPeruvian Foreign Minister Ana Vale met Chilean Foreign Minister Luis Roca today.",
			person: "Ben Ortt", title: "Deputy Spokesperson", org: "Peru"},
		{name: "a masthead agency",
			text:   "Minister Vale's Meeting\n\nBureau of Andean Affairs\n\nAs stated by Spokesperson Dora Keel:\n\nPeruvian Foreign Minister Ana Vale met Chilean Foreign Minister Luis Roca today.",
			person: "Dora Keel", title: "Spokesperson", org: "Bureau of Andean Affairs"},
		{name: "a spokesperson quoted in the body is no attribution line",
			text:   "Talks Resume\n\nPeruvian Foreign Minister Ana Vale met Chilean Foreign Minister Luis Roca today. Talks went well, said Spokesperson Dora Keel.",
			person: "Dora Keel", org: "Peru", neg: true},
	})
}

package extract

import "testing"

// TestGroupSubject: "They" or "The members" opening a meeting sentence
// stands for the people a sentence before listed as its subject, or for
// the delegation told before; a sentence with another actor ends the
// search. All copy is invented.
func TestGroupSubject(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "they after a listed subject",
			text: "Members Visit Belize\n\nWASHINGTON - Senator Tom Harlan joined Senator Ann Greer and Rep. Bob Castel in Belize.\n\nIn Belize, Harlan, Greer and Castel received a briefing on port security. They also met with Foreign Minister Ana Lopera and Director of Customs Rafael Ostin.",
			want: []string{"Tom Harlan|metWith|Ana Lopera", "Ann Greer|metWith|Rafael Ostin", "Bob Castel|metWith|Ana Lopera"}},
		{name: "the members after an intro phrase, an anaphor sentence between",
			text: "Members Visit Belize\n\nWASHINGTON - Representative Tom Harlan (R-OH) joined Senator Ann Greer (R-KS) on a trip to Belize.\n\nIn Belmopan, Harlan and Greer toured the port.\n\nThe members held a briefing on trade.\n\nFollowing the briefing, the members met with Prime Minister Juan Cortel.",
			want: []string{"Tom Harlan|metWith|Juan Cortel", "Ann Greer|metWith|Juan Cortel"}},
		{name: "they in a clause of the delegation a senator joined",
			text: "Senator Returns\n\nWASHINGTON - This afternoon, Sen. Tom Harlan (R-OH) and a bipartisan congressional delegation returned from Belize.\n\nThe delegation began its travels in Belmopan, where they met with U.S. Ambassador to Belize Clara Menth. They also met with Belizean President Juan Cortel.",
			want: []string{"Tom Harlan|metWith|Clara Menth", "Tom Harlan|metWith|Juan Cortel"}},
		{name: "another actor between ends the search",
			text: "Members Visit Belize\n\nWASHINGTON - Senator Tom Harlan joined Senator Ann Greer and Rep. Bob Castel in Belize.\n\nIn Belize, Harlan, Greer and Castel received a briefing on port security. Minister Ana Lopera welcomed the visit. They also met with Director of Customs Rafael Ostin.",
			not:  []string{"Tom Harlan|metWith|Rafael Ostin", "Ann Greer|metWith|Rafael Ostin"}},
		{name: "one person is no group",
			text: "Senator Visits Belize\n\nWASHINGTON - Senator Tom Harlan arrived in Belize.\n\nIn Belize, Harlan received a briefing on port security. They also met with Director of Customs Rafael Ostin.",
			not:  []string{"Tom Harlan|metWith|Rafael Ostin"}},
	})
}

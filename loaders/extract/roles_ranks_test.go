package extract

import "testing"

// TestAbbreviatedRankHoldsNoPost checks that an abbreviated military rank
// alone ("Maj. Gen. X") gives no post in the government of the country a
// story is set in, while a written-out title still does. All copy is
// invented.
func TestAbbreviatedRankHoldsNoPost(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "rank only, country of the visit", text: "H\nThe admiral visited Peru along with Maj. Gen. Tomás Ridder, to attend the Border Forum with officials from Peru and Chile.",
			person: "Tomás Ridder", org: "Peru", neg: true},
		{name: "rank only, country of the meeting", text: "H\nDuring meetings in Lima, Gen. Tomás Ridder thanked Peru for its help.",
			person: "Tomás Ridder", org: "Peru", neg: true},
		{name: "an office before the name still gives the post", text: "H\nPeru's Defence Minister Tomás Ridder thanked the navy.",
			person: "Tomás Ridder", org: "Peru"},
	})
}

// TestTitleCommaServiceRank checks a title and body before a comma when a
// service's name and a rank stand between the comma and the name: "The
// commander of X, Marine Gen. Y". All copy is invented.
func TestTitleCommaServiceRank(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "service and rank after the comma", text: "H\nThe commander of U.S. Southern Command, Marine Gen. Mario Quintero, met officials in Lima.",
			person: "Mario Quintero", title: "commander", org: "U.S. Southern Command"},
		{name: "two-word service", text: "H\nThe commander of U.S. Southern Command, Air Force Gen. Mario Quintero, met officials in Lima.",
			person: "Mario Quintero", title: "commander", org: "U.S. Southern Command"},
	})
}

// TestTitleBeforeCoordinatedName checks that an apposition's title ends at
// "and" before the next person's name: "A, the director of X and B, the
// chief of Y, said". All copy is invented.
func TestTitleBeforeCoordinatedName(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "first of two appositions", text: "H\nIn a joint statement, Tomas Ridder, the Special Agent in Charge of DEA Lima and Ana Ortega, the chief of the Harbour Police said the port was safe.",
			person: "Tomas Ridder", org: "DEA Lima"},
		{name: "second of two appositions", text: "H\nIn a joint statement, Tomas Ridder, the Special Agent in Charge of DEA Lima and Ana Ortega, the chief of the Harbour Police said the port was safe.",
			person: "Ana Ortega", org: "Harbour Police"},
	})
}

// TestServiceBeforeRank checks that an armed service written before a
// bare rank ("Navy Adm. X", "U.S. Army Lt. Gen. Y") names the officer's
// branch, no post in it, while a post written there stays a post.
func TestServiceBeforeRank(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "service, rank, name", text: "H\nNavy Adm. Orrin Vale, the commander of U.S. Southern Command, toured the port.",
			person: "Orrin Vale", org: "U.S. Navy", neg: true},
		{name: "the apposition's post stays", text: "H\nNavy Adm. Orrin Vale, the commander of U.S. Southern Command, toured the port.",
			person: "Orrin Vale", org: "U.S. Southern Command"},
		{name: "compound rank", text: "H\nU.S. Army Lt. Gen. Petra Lund spoke at the base on Monday.",
			person: "Petra Lund", org: "U.S. Army", neg: true},
		{name: "a commander of the service holds a post", text: "H\nThe visitors met Peruvian Army Commander Gen. Tomas Ilave on Monday.",
			person: "Tomas Ilave", org: "Peruvian Army"},
	})
}

// TestWrittenRankHoldsNoPost checks that a military rank written out
// alone ("Admiral X", "Rear Admiral Y") gives no post in a government,
// as an abbreviated one does not, while an office before the name still
// does. All copy is invented.
func TestWrittenRankHoldsNoPost(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "admiral alone", text: "H\nThe talks in Lima went well for Peru. Welcome, Minister, and Admiral Tomás Ridder Paz, who are here with us.",
			person: "Tomás Ridder Paz", org: "Peru", neg: true},
		{name: "rear admiral alone", text: "H\nThe talks in Lima went well for Peru. Rear Admiral Tomás Ridder Paz thanked Peru.",
			person: "Tomás Ridder Paz", org: "Peru", neg: true},
		{name: "a post still counts", text: "H\nThe talks in Lima went well for Peru. Defense Minister Tomás Ridder Paz thanked the guests.",
			person: "Tomás Ridder Paz", org: "Peru"},
	})
}

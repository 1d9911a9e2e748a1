package extract

import "testing"

// TestUSCongressText checks that a legislator's title written in full
// with no party tag gives a member of the US Congress in a floor speech of
// the Congressional Record or under a US dateline, and nowhere else. All
// copy is invented.
func TestUSCongressText(t *testing.T) {
	const floor = "CANAL SECURITY\n\nMr. TRASK of Oregon. Madam Speaker, I rise today on the canal. Congressman Walter Pembry from Idaho and I visited the locks last week, and former Senator Nora Lettley of Maine led the first delegation there.\n"
	checkRoles(t, []roleCase{
		{name: "floor speech, title before the name", text: floor, person: "Walter Pembry", title: "Congressman", org: "United States"},
		{name: "floor speech, former title", text: floor, person: "Nora Lettley", title: "former Senator", org: "United States"},
		{name: "US dateline, plural title over a list",
			text:   "Statement\n\nWashington, DC – Representatives Carl Denning and Amy Sorrell issued the following statement on the canal bill.\n",
			person: "Amy Sorrell", title: "Representative", org: "United States"},
		{name: "no US cue: no seat", text: "Visit\n\nSenator Carl Denning toured the port of Callao with the minister on Tuesday.\n",
			person: "Carl Denning", org: "United States", neg: true},
		{name: "a lower-case title is no US title",
			text:   "Vote\n\nWashington, DC – The opposition senator Carl Denning lost the runoff in Lima.\n",
			person: "Carl Denning", org: "United States", neg: true},
	})
}

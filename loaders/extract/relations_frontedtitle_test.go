package extract

import "testing"

// TestFrontedMeetingTitledSubject: a fronted meeting phrase is the act of
// the clause's subject also when a title of two or three words opens it.
func TestFrontedMeetingTitledSubject(t *testing.T) {
	w := []string{"Ana Ruiz|metWith|Tomas Herrera"}
	checkRelCases(t, []relCase{
		{name: "following a meeting",
			text: "Following talks with Paraguayan President Tomas Herrera, Vice President Ana Ruiz pledged new aid.", want: w},
		{name: "over a long fronted phrase",
			text: "During a working lunch with Paraguayan President Tomas Herrera, and amid the border crisis, Vice President Ana Ruiz pledged new aid.", want: w},
		{name: "in a meeting",
			text: "In a meeting with Paraguayan President Tomas Herrera on Monday, Deputy Secretary Ana Ruiz announced new aid.", want: w},
		{name: "an unnamed subject",
			text: "During a meeting with Paraguayan President Tomas Herrera, the deputy minister said that Ana Ruiz would travel.", not: w},
	})
}

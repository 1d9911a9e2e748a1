package extract

import "testing"

// TestCopulaAfterAgeAndTown: Justice Department copy gives a defendant's
// age, town and country before the verb ("X, 45, of Culiacan, Mexico, was
// the leader of Y"); the copula after them still gives X the title. All
// copy is invented.
func TestCopulaAfterAgeAndTown(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "age, town and country",
			text: "Ramiro Vasquez-Lunar, 45, of Culiacan, Mexico, was the leader of the Los Cuervos cartel.",
			want: []string{"Ramiro Vasquez-Lunar|leads|Los Cuervos"}},
		{name: "age, town and state",
			text: "Ramiro Vasquez-Lunar, 45, of Laredo, Texas, is a member of the Los Cuervos cartel.",
			want: []string{"Ramiro Vasquez-Lunar|memberOf|Los Cuervos"}},
		{name: "a clause after the origin",
			text: "Ramiro Vasquez-Lunar, 45, of Laredo, Texas, was arrested, and Ana Ruiz Vela was a member of the Los Cuervos cartel.",
			not:  []string{"Ramiro Vasquez-Lunar|memberOf|Los Cuervos"}},
	})
}

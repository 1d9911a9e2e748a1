package extract

import "testing"

// TestGroupShortRefs: a criminal group introduced with its kind noun is
// named later by its name alone; a one-word name (often a surname) and a
// name that other capitalised words continue are not read so. All copy is
// invented.
func TestGroupShortRefs(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "the name without 'cartel'",
			text: "The Los Cuervos cartel moved cocaine into the United States. Ramiro Vasquez-Lunar, 45, a leader of Los Cuervos, was sentenced today in federal court.",
			want: []string{"Ramiro Vasquez-Lunar|leads|Los Cuervos"}},
		{name: "the name as a subject",
			text: "The Tigres del Valle gang controls the port. Tigres del Valle attacked the Peruvian National Police in March.",
			want: []string{"Tigres del Valle|attacked|Peruvian National Police"}},
		{name: "a longer name is another group",
			text: "The Los Cuervos cartel moved cocaine into the United States. Ramiro Vasquez-Lunar, 45, a leader of Los Cuervos Norte, was sentenced today in federal court.",
			not:  []string{"Ramiro Vasquez-Lunar|leads|Los Cuervos"}},
		{name: "a one-word name is not read",
			text: "The Quellar cartel moved cocaine into the United States. Quellar attacked the Peruvian National Police in March.",
			not:  []string{"Quellar|attacked|Peruvian National Police"}},
	})
}

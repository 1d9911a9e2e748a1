package extract

import "testing"

// TestOwnExtradition: "his (her) extradition from Y" says Y extradited
// the person the pronoun refers to; without "from" it names no sender
// here, and a requested extradition is none. All copy is invented.
func TestOwnExtradition(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "his extradition from a state",
			text: "Ramiro Vasquez-Lunar, 45, is in federal custody following his extradition from Peru to the United States yesterday.",
			want: []string{"Peru|extradited|Ramiro Vasquez-Lunar"}},
		{name: "her extradition from a state",
			text: "Elena Marisol Ortega-Baez, 39, appeared in court in Miami after her extradition from Colombia on Friday.",
			want: []string{"Colombia|extradited|Elena Marisol Ortega-Baez"}},
		{name: "a requested extradition",
			text: "Ramiro Vasquez-Lunar, 45, is held in Lima. The United States requested his extradition from Peru in May.",
			not:  []string{"Peru|extradited|Ramiro Vasquez-Lunar"}},
	})
}

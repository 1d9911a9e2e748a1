package extract

import "testing"

// TestFrontedPossessor: "his extradition" in a phrase fronted before its
// clause refers to the clause's subject, not to the person named in the
// sentence before. All copy is invented.
func TestFrontedPossessor(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "following his extradition, the subject after the comma",
			text: "Ramiro Vasquez-Lunar was sentenced on Monday. Following his extradition from Peru, Pedro Quiroga-Salas appeared in federal court in Miami.",
			want: []string{"Peru|extradited|Pedro Quiroga-Salas"},
			not:  []string{"Peru|extradited|Ramiro Vasquez-Lunar"}},
		{name: "after her extradition",
			text: "After her extradition from Colombia on Friday, Elena Marisol Ortega-Baez pleaded not guilty.",
			want: []string{"Colombia|extradited|Elena Marisol Ortega-Baez"}},
		{name: "not fronted: the person before",
			text: "Ramiro Vasquez-Lunar, 45, is in federal custody following his extradition from Peru, officials said.",
			want: []string{"Peru|extradited|Ramiro Vasquez-Lunar"}},
	})
}

// TestFrontedPossessorUnknownName: a fronted phrase before a name the
// extractor does not read as a person gives no one the extradition.
func TestFrontedPossessorUnknownName(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "fronted before an unread name",
			text: "Ramiro Vasquez-Lunar was sentenced on Monday. Following his extradition from Peru, Xqz Wvrt appeared in federal court in Miami.",
			not:  []string{"Peru|extradited|Ramiro Vasquez-Lunar"}},
	})
}

package extract

import "testing"

// TestPossessorOnly: a person named as the possessor of whom an arrest,
// charge or sanction falls on ("X's brother", "the lawyer of X") is not
// its object; a name in apposition to the possessed is. All copy is
// invented.
func TestPossessorOnly(t *testing.T) {
	const lead = "Lucia Benitez Ortiz leads the Los Halcones cartel in Colombia. "
	checkRelCases(t, []relCase{
		{name: "the possessed person named in apposition",
			text: lead + "Colombian police arrested Benitez Ortiz's brother, Pedro Benitez Ortiz, in Cali.",
			want: []string{"Colombian National Police|arrested|Pedro Benitez Ortiz"},
			not:  []string{"Colombian National Police|arrested|Lucia Benitez Ortiz"}},
		{name: "the possessed person unnamed",
			text: lead + "Colombian police arrested Benitez Ortiz's top lieutenant in Cali.",
			not:  []string{"Colombian National Police|arrested|Lucia Benitez Ortiz"}},
		{name: "the relative of",
			text: lead + "Colombian police arrested the brother of Benitez Ortiz in Cali.",
			not:  []string{"Colombian National Police|arrested|Lucia Benitez Ortiz"}},
		{name: "the person and a relative",
			text: lead + "Colombian police arrested Benitez Ortiz and her brother in Cali.",
			want: []string{"Colombian National Police|arrested|Lucia Benitez Ortiz"}},
	})
}

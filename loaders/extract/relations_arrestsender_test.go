package extract

import "testing"

// TestArrestSender: a participle after "and" shares an earlier passive
// group ("was arrested in Panama and extradited"); an extradition that
// names no sending state takes the one state the text says arrested the
// person; a condition, an "of" phrase's name or two arresting states
// give none. All copy is invented.
func TestArrestSender(t *testing.T) {
	checkRelCases(t, []relCase{
		{"arrested in a state and extradited",
			"WASHINGTON - In November 2020, Sergio Valle Ruiz was arrested in Guatemala and extradited to the United States to face charges in Texas.",
			[]string{"Guatemala|arrested|Sergio Valle Ruiz", "Guatemala|extradited|Sergio Valle Ruiz"}, nil},
		{"an adverb before the participle",
			"WASHINGTON - Pedro Salas Mena was arrested in Colombia in 2017 and subsequently extradited to the United States.",
			[]string{"Colombia|arrested|Pedro Salas Mena", "Colombia|extradited|Pedro Salas Mena"}, nil},
		{"the arrest in an earlier sentence",
			"WASHINGTON - Pedro Salas Mena was arrested in Colombia on Oct. 15, 2016. He was extradited to the United States in May 2018 and pleaded guilty.",
			[]string{"Colombia|arrested|Pedro Salas Mena", "Colombia|extradited|Pedro Salas Mena"}, nil},
		{"a sending state named",
			"WASHINGTON - Pedro Salas Mena was arrested in Colombia in 2017 and extradited from Panama in 2018.",
			[]string{"Panama|extradited|Pedro Salas Mena"}, []string{"Colombia|extradited|Pedro Salas Mena"}},
		{"a condition",
			"WASHINGTON - If Pedro Salas Mena is charged and convicted in Panama, he faces ten years in prison.",
			nil, []string{"Panama|convicted|Pedro Salas Mena"}},
		{"an active verb after and",
			"WASHINGTON - The United States designated the Arroyo Cartel in March and has accused Pedro Salas Mena of leading it.",
			nil, []string{"United States|accused|Arroyo Cartel"}},
	})
}

package extract

import "testing"

// TestHandoverCharges: a person handed over to a state's authorities or
// to a body of that state "to face charges" is charged by that state; a
// handover with no charges to face, and a planned one, are not. All copy
// is invented.
func TestHandoverCharges(t *testing.T) {
	checkRelCases(t, []relCase{
		{"to a demonym's authorities",
			"Honduran authorities on Monday handed over convicted trafficker Pedro Salas Mena to U.S. authorities in Laredo, Texas, to face drug charges in Arizona.",
			[]string{"United States|charged|Pedro Salas Mena"}, nil},
		{"a pronoun to officials from a state's police",
			"Pedro Salas Mena, 30, left for Honduras on a charter flight. Upon arrival, ERO officers turned him over to officials from the Honduran National Police to face murder charges.",
			[]string{"Honduras|charged|Pedro Salas Mena"}, nil},
		{"no charges to face",
			"Honduran authorities on Monday handed over Pedro Salas Mena to U.S. authorities in Laredo, Texas.",
			nil, []string{"United States|charged|Pedro Salas Mena"}},
		{"a planned handover",
			"Honduran authorities plan to hand over Pedro Salas Mena to U.S. authorities to face drug charges.",
			nil, []string{"United States|charged|Pedro Salas Mena"}},
	})
}

package extract

import "testing"

// TestApposedTitleConjuncts: a conjunct of a coordinated subject that
// carries its own title apposition is the person before the apposition.
func TestApposedTitleConjuncts(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "bare titles between commas",
			text: "Gen. Ana Ruiz, deputy commander, and Adm. Lucia Vargas, director of operations, met with President Tomas Herrera.",
			want: []string{"Tomas Herrera|metWith|Ana Ruiz", "Tomas Herrera|metWith|Lucia Vargas"}},
		{name: "the body before the title, no closing comma",
			text: "Gen. Ana Ruiz, SOUTHCOM deputy commander and Adm. Lucia Vargas, SOUTHCOM chief of plans, was greeted by Col. Tomas Herrera.",
			want: []string{"Tomas Herrera|metWith|Ana Ruiz", "Tomas Herrera|metWith|Lucia Vargas"}},
		{name: "a definite title",
			text: "Ana Ruiz, the chief of staff, and Lucia Vargas, the national security adviser, met President Tomas Herrera in Lima.",
			want: []string{"Tomas Herrera|metWith|Ana Ruiz", "Tomas Herrera|metWith|Lucia Vargas"}},
		{name: "a relative clause is no title",
			text: "Ana Ruiz, who met the deputy commander and Lucia Vargas, welcomed President Tomas Herrera.",
			not:  []string{"Lucia Vargas|metWith|Tomas Herrera"}},
	})
}

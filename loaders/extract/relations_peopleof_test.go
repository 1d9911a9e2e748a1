package extract

import "testing"

// TestPeopleOfBody: "in" after a plural noun for people in a meeting's
// partners names the body they belong to, not a place.
func TestPeopleOfBody(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "partners in a government",
			text: "Last year, Secretary Ana Ruiz and Secretary Tomas Herrera met with our partners in the Chilean government.",
			want: []string{"Ana Ruiz|metWith|Chile", "Tomas Herrera|metWith|Chile"},
			not:  []string{"Ana Ruiz|metWith|Tomas Herrera"}},
		{name: "partners and colleagues after a trip",
			text: "Secretary Ana Ruiz traveled to Santiago to meet with partners and colleagues in the Chilean government.",
			want: []string{"Ana Ruiz|metWith|Chile"}},
		{name: "a place after a thing",
			text: "Secretary Ana Ruiz discussed the support for prisons in Chile with Minister Tomas Herrera.",
			not:  []string{"Ana Ruiz|metWith|Chile"}},
	})
}

package extract

import "testing"

// TestVerbForm: "fund" supports only as a verb; the plural noun after no
// subject and a hyphen compound state no act.
func TestVerbForm(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a government funds a police force",
			text: "Peru funds the Bolivian National Police.",
			want: []string{"Peru|supports|Bolivian National Police"}},
		{name: "funded as a past verb",
			text: "Peru funded the Bolivian National Police last year.",
			want: []string{"Peru|supports|Bolivian National Police"}},
		{name: "laundered funds, a plural noun",
			text: "Mario Vento laundered funds for the Rio Verde Cartel.",
			not:  []string{"Mario Vento|supports|Rio Verde Cartel"}},
		{name: "forfeited funds sent to a body",
			text: "Peru asked for the forfeited funds from the Department of Justice.",
			not:  []string{"Peru|supports|Department of Justice"}},
		{name: "a hyphen compound adjective",
			text: "Prosecutors of Bolivia received State Department-funded training from the Federal Bureau of Investigation.",
			not:  []string{"Department of State|supports|Federal Bureau of Investigation"}},
	})
}

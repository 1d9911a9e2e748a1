package extract

import "testing"

// TestServedGroups: a person working for a criminal group, or serving in
// a post in it, is its member; a lawyer for it, a negated verb or a
// sentence served is none. All copy is invented.
func TestServedGroups(t *testing.T) {
	const intro = "The Costa Alta Cartel is a violent group. "
	checkRelCases(t, []relCase{
		{name: "worked for, as an enforcer",
			text: intro + "Mauro Cantu-Reyes worked for the Costa Alta Cartel as an enforcer.",
			want: []string{"Mauro Cantu-Reyes|memberOf|Costa Alta Cartel"}},
		{name: "served as a lieutenant in",
			text: intro + "Gerardo Ochoa-Villa served as a lieutenant in the Costa Alta Cartel.",
			want: []string{"Gerardo Ochoa-Villa|memberOf|Costa Alta Cartel"}},
		{name: "served as a plaza boss for",
			text: intro + "Rafael Sosa-Medina, 41, served as a plaza boss for the Costa Alta Cartel in Reynosa.",
			want: []string{"Rafael Sosa-Medina|memberOf|Costa Alta Cartel"}},
		{name: "a lawyer, a negation, a sentence",
			text: intro + "Luis Vera-Mora served as a lawyer for the Costa Alta Cartel. Pablo Ortega-Ruiz did not work for the Costa Alta Cartel. Julio Ayala-Pinto served a sentence for the Costa Alta Cartel killings.",
			not:  []string{"Luis Vera-Mora|memberOf|Costa Alta Cartel", "Pablo Ortega-Ruiz|memberOf|Costa Alta Cartel", "Julio Ayala-Pinto|memberOf|Costa Alta Cartel"}},
	})
}

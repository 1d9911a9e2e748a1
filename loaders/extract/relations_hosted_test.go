package extract

import "testing"

// TestHostedBy: a person welcomed, greeted or received by another has met
// them; the welcome is no support.
func TestHostedBy(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "welcomed by an officer described after the name",
			text: "U.S. Army Lt. Gen. Ana Ruiz, the deputy commander, was welcomed by Col. Tomas Herrera, commander of the Paraguayan 3rd Battalion, in Asuncion.",
			want: []string{"Tomas Herrera|metWith|Ana Ruiz"},
			not:  []string{"Tomas Herrera|supports|Ana Ruiz"}},
		{name: "greeted, with an adverb",
			text: "Gen. Lucia Vargas was warmly greeted by President Mario Quispe on arrival.",
			want: []string{"Mario Quispe|metWith|Lucia Vargas"}},
		{name: "a pronoun for the guests of the sentence before",
			text: "Gen. Lucia Vargas and Adm. Ana Ruiz then flew to Asuncion, where they were greeted by Col. Tomas Herrera.",
			want: []string{"Tomas Herrera|metWith|Lucia Vargas", "Tomas Herrera|metWith|Ana Ruiz"}},
	})
}

package extract

import "testing"

// TestTiedCompound: a person's apposition with a group's name in a
// compound that ties a person noun to it ("a Y Cartel-affiliated
// trafficker") makes the person its member; a compound with a thing
// noun after a tie to the group is not read as a person's. All copy is
// invented.
func TestTiedCompound(t *testing.T) {
	const intro = "The Costa Alta Cartel is a violent group. "
	checkRelCases(t, []relCase{
		{name: "linked money launderer",
			text: intro + "Jacinto Prado-Villa, a Costa Alta Cartel-linked money launderer, was sentenced to 10 years.",
			want: []string{"Jacinto Prado-Villa|memberOf|Costa Alta Cartel"}},
		{name: "affiliated drug trafficker",
			text: intro + "Felipe Arce-Rosales, a Costa Alta Cartel-affiliated drug trafficker, was arrested.",
			want: []string{"Felipe Arce-Rosales|memberOf|Costa Alta Cartel"}},
		{name: "no tie participle",
			text: intro + "Felipe Arce-Rosales, a Costa Alta Cartel-style killing witness, spoke.",
			not:  []string{"Felipe Arce-Rosales|memberOf|Costa Alta Cartel"}},
	})
}

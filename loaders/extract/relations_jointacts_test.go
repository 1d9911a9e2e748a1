package extract

import "testing"

// TestConductedJointActs: actors carrying out a joint act together
// cooperate, as does one that carries it out with a named partner; a
// planned or lone joint act states no pair.
func TestConductedJointActs(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "coordinated subject",
			text: "The Paraguayan Navy and the Brazilian Navy carried out joint patrols on the river.",
			want: []string{"Paraguayan Navy|cooperatesWith|Brazilian Navy"}},
		{name: "partner after with",
			text: "The Paraguayan Navy conducted a joint operation with the U.S. Coast Guard.",
			want: []string{"Paraguayan Navy|cooperatesWith|U.S. Coast Guard"}},
		{name: "progressive over adjectives",
			text: "Paraguay and Brazil are conducting increasingly sophisticated joint operations and patrols.",
			want: []string{"Paraguay|cooperatesWith|Brazil"}},
		{name: "adjective after joint",
			text: "Paraguay and Brazil held joint military exercises near the border.",
			want: []string{"Paraguay|cooperatesWith|Brazil"}},
		{name: "planned",
			text: "Paraguay and Brazil agreed to conduct joint patrols next year.",
			not:  []string{"Paraguay|cooperatesWith|Brazil"}},
		{name: "negated",
			text: "Paraguay and Brazil have not held joint exercises since 2010.",
			not:  []string{"Paraguay|cooperatesWith|Brazil"}},
	})
}

// TestJointlyActs: a coordinated subject acting jointly, or the "by" list
// of an act done jointly, cooperate; a modal "jointly" states no pair.
func TestJointlyActs(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "jointly decided",
			text: "In 2019 Paraguay and Brazil jointly decided to close the border crossing.",
			want: []string{"Paraguay|cooperatesWith|Brazil"}},
		{name: "jointly by",
			text: "The raid was carried out jointly by the Paraguayan Navy and the Brazilian Navy.",
			want: []string{"Paraguayan Navy|cooperatesWith|Brazilian Navy"}},
		{name: "modal",
			text: "Paraguay and Brazil will jointly patrol the river.",
			not:  []string{"Paraguay|cooperatesWith|Brazil"}},
	})
}

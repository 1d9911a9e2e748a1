package extract

import "testing"

// TestAppositionPatient: the person named before a describing apposition
// is the one a passive case act falls on, not the person the apposition
// names; an age between commas is no apposition, and an unknown name's
// apposition hands the act to no one inside it.
func TestAppositionPatient(t *testing.T) {
	const head = "Paraguay 2031 Human Rights Report: d. Arbitrary Arrest\n\n"
	checkRelCases(t, []relCase{
		{name: "kin apposition before a passive arrest",
			text: head + "Maria Fernanda Solano, sister of opposition leader Carlos Ibarra, was detained at a checkpoint on May 4.",
			want: []string{"Paraguay|arrested|Maria Fernanda Solano"},
			not:  []string{"Paraguay|arrested|Carlos Ibarra"}},
		{name: "relative apposition before a passive charge",
			text: head + "In April retired colonel Jose Luis Medrano, nephew of the late dictator Carlos Ibarra, was indicted for torture.",
			want: []string{"Paraguay|charged|Jose Luis Medrano"},
			not:  []string{"Paraguay|charged|Carlos Ibarra"}},
		{name: "ages in a list of defendants",
			text: head + "Jose Luis Medrano, 41, and Carlos Ibarra, 37, were arrested on May 4.",
			want: []string{"Paraguay|arrested|Jose Luis Medrano", "Paraguay|arrested|Carlos Ibarra"}},
		{name: "an unknown name before the apposition",
			text: head + "Zorbeida Quillacta, mother of political prisoner Carlos Ibarra, was detained at a checkpoint on May 4.",
			not:  []string{"Paraguay|arrested|Carlos Ibarra"}},
	})
}

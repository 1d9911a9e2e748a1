package extract

import "testing"

// TestPretrialDetentions: a person held in pretrial or preventive
// detention was arrested by the state the text is about: the subject of a
// copula, "remain" or a passive hold, a list of them, a pronoun for the
// person named before it, and the object of a verb of placing; not a
// negated or modal holding, nor a detention that is no one's.
func TestPretrialDetentions(t *testing.T) {
	const head = "Honduras 2020 Human Rights Report: Corruption\n\n"
	checkRelCases(t, []relCase{
		{name: "copula subjects",
			text: head + "Former ministers Dagoberto Ulloa Paz and Mirna Castellanos Ruiz were in pretrial detention since 2019.",
			want: []string{"Honduras|arrested|Dagoberto Ulloa Paz", "Honduras|arrested|Mirna Castellanos Ruiz"}},
		{name: "remained",
			text: head + "Former mayor Ovidio Salgado Turcios remained in preventive detention during the year.",
			want: []string{"Honduras|arrested|Ovidio Salgado Turcios"}},
		{name: "a pronoun in the sentence",
			text: head + "In March a court freed Jaime Funez Carias after he was in pretrial detention for four years.",
			want: []string{"Honduras|arrested|Jaime Funez Carias"}},
		{name: "placed in",
			text: head + "On June 3, authorities placed Congressman Ovidio Salgado Turcios in pretrial detention on fraud charges.",
			want: []string{"Honduras|arrested|Ovidio Salgado Turcios"}},
		{name: "ordered held",
			text: head + "A judge ordered Ovidio Salgado Turcios be held in preventive detention for six months.",
			want: []string{"Honduras|arrested|Ovidio Salgado Turcios"}},
		{name: "negated",
			text: head + "Former mayor Ovidio Salgado Turcios was not in pretrial detention.",
			not:  []string{"Honduras|arrested|Ovidio Salgado Turcios"}},
		{name: "nobody's detention",
			text: head + "Former mayor Ovidio Salgado Turcios criticized the use of pretrial detention.",
			not:  []string{"Honduras|arrested|Ovidio Salgado Turcios"}},
	})
}

package extract

import "testing"

// TestParticipleAdjective: a past participle after an article modifies a
// noun ("the designated terrorist organization X") and states no act of
// the sentence's subject; the verb after a relative pronoun still does.
func TestParticipleAdjective(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "the designated organization",
			text: "Attorney General Dario Velasquez Mena announced the arrest of a member of the designated terrorist organization Sinaloa Cartel.",
			not:  []string{"Dario Velasquez Mena|designated|Sinaloa Cartel"}},
		{name: "a relative clause still acts",
			text: "The Department of State, which designated the Sinaloa Cartel in February, announced new rewards.",
			want: []string{"Department of State|designated|Sinaloa Cartel"}},
	})
}

// TestReportedClausePassive: the one who announces or says that someone
// was extradited or arrested is not the one extradited.
func TestReportedClausePassive(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "announced today that",
			text: "WASHINGTON, D.C. - Attorney General Marta Quiroga Solis and DEA Administrator Hernan P. Abreu announced today that a high-ranking member of the designated foreign terrorist organization Revolutionary Armed Forces of Colombia, or FARC, has been extradited by the government of Colombia to the United States.",
			not:  []string{"Colombia|extradited|Marta Quiroga Solis", "Colombia|extradited|Hernan P. Abreu", "Hernan P. Abreu|designated|Revolutionary Armed Forces of Colombia"}},
		{name: "the subject of the passive",
			text: "Officials said Hernan Abreu Lira was extradited by Colombia to the United States.",
			want: []string{"Colombia|extradited|Hernan Abreu Lira"}},
	})
}

// TestSecondConjunctObject: a verb that takes its object at once
// ("dismantle", "disrupt") also acts on a named group coordinated after
// an unnamed thing; not over a preposition or when the verb is a visit.
func TestSecondConjunctObject(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "unnamed thing and a cartel",
			text: "Canada and Panama continued joint work to dismantle the fentanyl supply chain and the Gulf Cartel.",
			want: []string{"Canada|deployedAgainst|Gulf Cartel", "Panama|deployedAgainst|Gulf Cartel"}},
		{name: "a preposition first",
			text: "Canada continued work to dismantle the supply routes in the region and the Gulf Cartel's labs.",
			not:  []string{"Canada|deployedAgainst|Gulf Cartel"}},
	})
}

// TestSubordinateClauseObject: an actor after "since", "after", "when" …
// is the subject of that clause, not the object of the verb before it.
func TestSubordinateClauseObject(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "since X took office",
			text: "The fugitive is the third on the DEA's most wanted list apprehended since President Ana Ruiz took office.",
			not:  []string{"Drug Enforcement Administration|arrested|Ana Ruiz"}},
		{name: "the object before the clause",
			text: "The DEA arrested Hernan Abreu Lira after President Ana Ruiz took office.",
			want: []string{"Drug Enforcement Administration|arrested|Hernan Abreu Lira"}},
	})
}

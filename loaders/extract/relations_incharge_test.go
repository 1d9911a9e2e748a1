package extract

import "testing"

// TestInChargeLeads: the special agent in charge of a local office (a
// division or field office the gazetteer does not know) leads it; an
// assistant agent in charge does not, and the national agency the agent
// serves is not led by the agent. All copy is invented.
func TestInChargeLeads(t *testing.T) {
	checkRelCases(t, []relCase{
		{"title before the name, of the unit",
			"“The network is gone,” said Special Agent in Charge Rosa M. Delgado of the Boise Field Division of the Drug Enforcement Administration (DEA).",
			[]string{"Rosa M. Delgado|leads|Boise Field Division"}, []string{"Rosa M. Delgado|leads|Drug Enforcement Administration"}},
		{"title in apposition, agency and unit",
			"Extradition\n\nTULSA - Hal J. Brook, Special Agent in Charge, Drug Enforcement Administration (DEA), Tulsa Field Division, announced the extradition of Tomas Reyes from Peru.",
			[]string{"Hal J. Brook|leads|Tulsa Field Division"}, nil},
		{"an assistant agent in charge",
			"“The network is gone,” said Assistant Special Agent in Charge Rosa M. Delgado of the Boise Field Division of the Drug Enforcement Administration (DEA).",
			nil, []string{"Rosa M. Delgado|leads|Boise Field Division"}},
		{"the national agency",
			"“The network is gone,” said Rosa M. Delgado, the Special Agent in Charge of the Drug Enforcement Administration.",
			nil, []string{"Rosa M. Delgado|leads|Drug Enforcement Administration"}},
	})
}

// TestBureauHeadLeads: the assistant secretary of a department's bureau
// leads it; a deputy assistant secretary does not. All copy is invented.
func TestBureauHeadLeads(t *testing.T) {
	checkRelCases(t, []relCase{
		{"assistant secretary of the bureau",
			"The delegation included Assistant Secretary of State for the Bureau of Oceans and Fisheries Affairs (OFA) Helen Ostrander and Deputy Assistant Secretary of OFA Paul Greaves.",
			[]string{"Helen Ostrander|leads|Bureau of Oceans and Fisheries Affairs"}, []string{"Paul Greaves|leads|Bureau of Oceans and Fisheries Affairs"}},
	})
}

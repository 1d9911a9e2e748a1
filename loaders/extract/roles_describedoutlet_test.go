package extract

import "testing"

// TestDescribedOutletRole checks "NAME of the <modifiers> <organisation
// noun> ORG": the body after a description of two plain words or a press
// agency is the person's. All copy is invented.
func TestDescribedOutletRole(t *testing.T) {
	head := "Ruritania 2021 Human Rights Report: Freedom of Expression\n\n"
	checkRoles(t, []roleCase{
		{name: "press agency", text: head + "On May 3, authorities arrested journalist Ana Velarde Ruiz of the independent press agency Velarum on charges of contempt.\n",
			person: "Ana Velarde Ruiz", org: "Velarum"},
		{name: "two modifiers before company", text: head + "Police questioned Carlos Orlen of the private energy company Torvalia Energetica about the contract.\n",
			person: "Carlos Orlen", org: "Torvalia Energetica"},
		{name: "criminal description", text: head + "Police arrested Carlos Orlen of the drug trafficking organization Marlo Quenta in March.\n",
			person: "Carlos Orlen", org: "Marlo Quenta", neg: true},
	})
}

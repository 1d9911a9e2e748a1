package extract

import "testing"

// TestHeaderLineRoles checks that "NAME, TITLE" on a page's first lines,
// under a line naming only a body, gives the title at that body, and that
// a line of prose with a comma after a name gives no header role. All
// copy is invented.
func TestHeaderLineRoles(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "body line above", text: "Agents Seize Cocaine\n\nDrug Enforcement Administration\nDana R. Whitcombe, Special Agent in Charge\nMarch 3, 2010\n\nDALLAS, TX - Agents seized cocaine.",
			person: "Dana R. Whitcombe", org: "Drug Enforcement Administration"},
		{name: "suffix after the name", text: "Agents Seize Cocaine\n\nDrug Enforcement Administration\nDana R. Whitcombe, Jr., Special Agent in Charge\nMarch 3, 2010\n\nDALLAS, TX - Agents seized cocaine.",
			person: "Dana R. Whitcombe", org: "Drug Enforcement Administration"},
		{name: "prose after the comma", text: "Agents Seize Cocaine\n\nDrug Enforcement Administration\nDana R. Whitcombe, who joined in March, seized cocaine.\n\nDALLAS, TX - Agents seized cocaine.",
			person: "Dana R. Whitcombe", org: "Drug Enforcement Administration", neg: true},
	})
}

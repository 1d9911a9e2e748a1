package extract

import "testing"

// TestUnnamedListItem: a list of partners or targets goes on past an item
// that names no one ("A, local prosecutors and B"); not past a verb
// phrase, and not to a name that does not follow the item directly.
func TestUnnamedListItem(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "partners past an unnamed item",
			text: "The Drug Enforcement Administration works with the Peruvian National Police, local prosecutors and Interpol.",
			want: []string{"Drug Enforcement Administration|cooperatesWith|Peruvian National Police", "Drug Enforcement Administration|cooperatesWith|Interpol"}},
		{name: "targets past an unnamed item",
			text: "Peru designated the Gulf Cartel, two smaller gangs and Los Zetas as terrorist organizations.",
			want: []string{"Peru|designated|Gulf Cartel", "Peru|designated|Los Zetas"}},
		{name: "not past a verb phrase",
			text: "The Peruvian National Police arrested Juan Ferrandiz, seized weapons and questioned Interpol officials.",
			not:  []string{"Peruvian National Police|arrested|Interpol"}},
		{name: "past an unnamed item placed in a state",
			text: "The Drug Enforcement Administration works with the Peruvian National Police, foreign liaison offices in Chile, and Interpol.",
			want: []string{"Drug Enforcement Administration|cooperatesWith|Peruvian National Police", "Drug Enforcement Administration|cooperatesWith|Interpol"},
			not:  []string{"Drug Enforcement Administration|cooperatesWith|Chile"}},
		{name: "not to a name after more words",
			text: "The Drug Enforcement Administration works with the Peruvian National Police, local prosecutors, as well as Chile.",
			not:  []string{"Drug Enforcement Administration|cooperatesWith|Chile"}},
	})
}

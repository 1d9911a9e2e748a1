package extract

import "testing"

// TestPossessedUnitListRoles checks that every titled name of a list
// closed by "of BODY" holds its post at that body, that a unit named
// after its owner's possessive is the body (not the owner), and that a
// name whose own different title already gave it a post keeps it. All
// copy is invented.
func TestPossessedUnitListRoles(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want       [][2]string // person, body
		notWant    [][2]string
	}{
		{
			name:    "plural title, three names, owner's section",
			text:    "The case was prosecuted by Trial Attorneys Daniel Pellworth, Laura Vassily and Karen Holmquist of the Criminal Division’s Harbor Fraud Section.\n",
			want:    [][2]string{{"Daniel Pellworth", "Harbor Fraud Section"}, {"Laura Vassily", "Harbor Fraud Section"}, {"Karen Holmquist", "Harbor Fraud Section"}},
			notWant: [][2]string{{"Karen Holmquist", "Criminal Division"}, {"Daniel Pellworth", "Criminal Division"}, {"Laura Vassily", "Criminal Division"}, {"Karen Holmquist", "Department of Justice"}},
		},
		{
			name:    "one title, one name, unit joined by and",
			text:    "Senior Trial Counsel Tobias Wren of the Criminal Division’s Asset Recovery and Port Crimes Section is prosecuting the case.\n",
			want:    [][2]string{{"Tobias Wren", "Asset Recovery and Port Crimes Section"}},
			notWant: [][2]string{{"Tobias Wren", "Criminal Division"}},
		},
		{
			name: "own titles, shared body",
			text: "Deputy Chief Lorna Fitch, Assistant Deputy Chief Pavel Oster and Trial Attorney Idris Calloway of the Criminal Division’s Coastal Smuggling Section are handling the case.\n",
			want: [][2]string{{"Lorna Fitch", "Coastal Smuggling Section"}, {"Pavel Oster", "Coastal Smuggling Section"}, {"Idris Calloway", "Coastal Smuggling Section"}},
		},
		{
			name:    "a list broken by a body keeps its parts apart",
			text:    "Trial Attorney Wendell Brae of the Criminal Division’s Inland Gangs Section and Assistant U.S. Attorney Priya Demarco of the Northern District of Ohio are prosecuting the case.\n",
			want:    [][2]string{{"Wendell Brae", "Inland Gangs Section"}},
			notWant: [][2]string{{"Wendell Brae", "Northern District of Ohio"}, {"Priya Demarco", "Inland Gangs Section"}},
		},
	} {
		x := ex.Extract(article("Defendants Convicted\n\n" + c.text))
		for _, w := range c.want {
			if !hasRole(x, w[0], w[1]) {
				t.Errorf("%s: roles = %+v, want %s at %s", c.name, x.Roles, w[0], w[1])
			}
		}
		for _, w := range c.notWant {
			if hasRole(x, w[0], w[1]) {
				t.Errorf("%s: roles = %+v, want no %s at %s", c.name, x.Roles, w[0], w[1])
			}
		}
	}
}

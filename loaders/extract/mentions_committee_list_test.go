package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestCommitteeSubjectLists checks that a committee's name keeps the whole
// list of its subjects: after "on", with a title word ("Justice"), a
// known name ("Coast Guard") or "&" among the items, and before the head
// ("the A, B and C Subcommittee"); a person after a comma stays out. All
// copy is invented.
func TestCommitteeSubjectLists(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, want string
	}{
		{"Sen. Dora Hallet (R-Ore.), ranking member of the Senate Appropriations Subcommittee on Commerce, Justice and Science, visited the port on Monday.\n",
			"Senate Appropriations Subcommittee on Commerce, Justice and Science"},
		{"Hallet also serves on the Senate Committee on Orchards, Nutrition & Forestry, which met on Tuesday.\n",
			"Senate Committee on Orchards, Nutrition & Forestry"},
		{"Rep. Lina Vost (R-Ore.), chair of the House Subcommittee on Ports, Fisheries and Coast Guard, spoke on Friday.\n",
			"House Subcommittee on Ports, Fisheries and Coast Guard"},
		{"Sen. Amos Trell (D-Vt.) is the chairman of the Harbors, Border Security and Citizenship Subcommittee.\n",
			"Harbors, Border Security and Citizenship Subcommittee"},
	} {
		x := ex.Extract(article("Senators Visit the Port\n\n" + c.text))
		if !hasEntity(x, c.want, schema.Agency) {
			t.Errorf("%q: entities = %+v, want agency %q", c.text, x.Entities, c.want)
		}
	}
}

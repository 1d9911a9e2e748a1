package extract

import "testing"

// TestHisSupport: "his" or "her" before a support noun stands for the
// nearest person named before it; not when what is supported is a
// possession of the one named ("his support for X's aspirations").
func TestHisSupport(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "sanctioned for his support",
			text: "Treasury is sanctioning Pierre Lafleur for his support to the Haitian gang coalition, Viv Ansanm.",
			want: []string{"Pierre Lafleur|supports|Viv Ansanm"}},
		{name: "passive",
			text: "Marta Ruiz was sanctioned for her support to Tren de Aragua.",
			want: []string{"Marta Ruiz|supports|Tren de Aragua"}},
		{name: "a possession",
			text: "President Tomas Ruhl reiterated his support for Venezuela's democratic aspirations.",
			not:  []string{"Tomas Ruhl|supports|Venezuela"}},
	})
}

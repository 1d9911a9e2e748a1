package extract

import "testing"

// TestMemberCopula: "X is a (confirmed) member of the (brutal) Y gang"
// makes X a member of Y; a pronoun subject is the person named before,
// not the next one named.
func TestMemberCopula(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "pronoun subject, adjective before the group",
			text: "Gang Member Arrested\n\nPedro Alvarado Ruiz, a 25-year-old citizen of Peru, was arrested by police in Lima. He is a known member of the brutal Tren de Aragua gang.\n\nMarcos Delgado Fuentes was also arrested.",
			want: []string{"Pedro Alvarado Ruiz|memberOf|Tren de Aragua"}, not: []string{"Marcos Delgado Fuentes|memberOf|Tren de Aragua"}},
		{name: "a confirmed member",
			text: "Marcos Delgado Fuentes is a confirmed member of the violent MS-13 gang.",
			want: []string{"Marcos Delgado Fuentes|memberOf|MS-13"}},
		{name: "an adjective before a state, not a group",
			text: "Marcos Delgado Fuentes is a member of the ruling Peruvian party.",
			not:  []string{"Marcos Delgado Fuentes|memberOf|Peru"}},
	})
}

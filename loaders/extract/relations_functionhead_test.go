package extract

import "testing"

// TestFunctionHead: the chief of a group's function ("the cartel's chief
// of security") is its member, not its leader; its leader still leads.
func TestFunctionHead(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "chief of security",
			text: "Cartel Figures Charged\n\nWASHINGTON — Federal prosecutors on Tuesday charged three Sinaloa Cartel operatives.\n\nThe indictment charges Marcos Delgado Fuentes, the cartel's chief of security, with murder in the United States.",
			want: []string{"Marcos Delgado Fuentes|memberOf|Sinaloa Cartel"},
			not:  []string{"Marcos Delgado Fuentes|leads|Sinaloa Cartel"}},
		{name: "leader",
			text: "Cartel Figures Charged\n\nPedro Alvarado Ruiz, the leader of the Gulf Cartel, was arrested in Reynosa.",
			want: []string{"Pedro Alvarado Ruiz|leads|Gulf Cartel"}},
	})
}

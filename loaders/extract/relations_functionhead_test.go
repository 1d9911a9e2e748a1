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

// TestGroupPartHead: the head of a local part of a group ("a plaza boss
// for the X cartel", "a cell leader") is a member of the group.
func TestGroupPartHead(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "plaza boss",
			text: "Cartel Figures Charged\n\nWASHINGTON — The indictment charges Pedro Alvarado Ruiz, a plaza boss for the Gulf Cartel in Reynosa, with murder in the United States.",
			want: []string{"Pedro Alvarado Ruiz|memberOf|Gulf Cartel"},
			not:  []string{"Pedro Alvarado Ruiz|leads|Gulf Cartel"}},
	})
}

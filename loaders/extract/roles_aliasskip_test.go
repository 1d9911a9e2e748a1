package extract

import "testing"

// TestAppositionPastNickname checks that a title apposed after a nickname
// (", aka “El Y”, the leader of X") is the named person's. All copy is
// invented.
func TestAppositionPastNickname(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "quoted nickname", text: "H\nPolice sought Ramiro Fuentes Palacios, aka \u201cEl Tigre\u201d, the leader of the Golfo Azul Cartel.\n",
			person: "Ramiro Fuentes Palacios", org: "Golfo Azul Cartel"},
		{name: "bare nickname", text: "H\nPolice sought Ramiro Fuentes Palacios, alias El Tigre, the leader of the Golfo Azul Cartel.\n",
			person: "Ramiro Fuentes Palacios", org: "Golfo Azul Cartel"},
		{name: "no nickname", text: "H\nPolice sought Ramiro Fuentes Palacios, the leader of the Golfo Azul Cartel.\n",
			person: "Ramiro Fuentes Palacios", org: "Golfo Azul Cartel"},
	})
}

package extract

import "testing"

// TestPluralCopulaMembers: people coordinated before "are (were) members
// of" a group are each its members; one person or an unnamed subject is
// not read here. All copy is invented.
func TestPluralCopulaMembers(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "three names with ages",
			text: "According to court documents, Ramiro Ventura-Salas, 44, Octavio Benitez-Lara, 39, and Fermin Aguado-Rios, 51, are members of the Golfo Norte Cartel.",
			want: []string{"Ramiro Ventura-Salas|memberOf|Golfo Norte Cartel", "Octavio Benitez-Lara|memberOf|Golfo Norte Cartel", "Fermin Aguado-Rios|memberOf|Golfo Norte Cartel"}},
		{name: "alleged associates",
			text: "Prosecutors said Eusebio Lara-Tinoco and Abel Fierro-Monje were both alleged associates of the Golfo Norte Cartel.",
			want: []string{"Eusebio Lara-Tinoco|memberOf|Golfo Norte Cartel", "Abel Fierro-Monje|memberOf|Golfo Norte Cartel"}},
		{name: "an unnamed subject",
			text: "The defendants, who were arrested by Colombian police, are members of the Golfo Norte Cartel.",
			not:  []string{"Colombian police|memberOf|Golfo Norte Cartel"}},
	})
}

package extract

import "testing"

// TestNamedGroupPlurals: people listed right after a plural member noun
// that a criminal group's name modifies are its members; a comma after
// the noun that opens no list gives nothing. All copy is invented.
func TestNamedGroupPlurals(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "apposed list after a counted noun",
			text: "The Costa Alta Cartel is violent. Honduras extradited two Costa Alta Cartel operatives, Marlon Ruiz-Tejada and Ovidio Lanza-Melgar, on Tuesday.",
			want: []string{"Marlon Ruiz-Tejada|memberOf|Costa Alta Cartel", "Ovidio Lanza-Melgar|memberOf|Costa Alta Cartel"}},
		{name: "a colon list after a gang noun",
			text: "The defendants include three MS-13 gang members: Elmer Rivas-Cruz, Wilber Nolasco-Paz and Denis Ulloa-Rey.",
			want: []string{"Elmer Rivas-Cruz|memberOf|MS-13", "Wilber Nolasco-Paz|memberOf|MS-13", "Denis Ulloa-Rey|memberOf|MS-13"}},
		{name: "a speaker after the comma",
			text: "Costa Alta Cartel members, Marlon Ruiz-Tejada said, are hiding in the hills.",
			not:  []string{"Marlon Ruiz-Tejada|memberOf|Costa Alta Cartel"}},
	})
}

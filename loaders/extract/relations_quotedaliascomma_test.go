package extract

import "testing"

// TestQuotedAliasComma: a nickname whose comma sits inside its closing
// quote ("X, a.k.a. “Gordo,” the new leader of Y", the American style)
// still leaves X as the one the title describes; a comma outside the
// quotes, and a title after a quotation that is no nickname, are as
// before. All copy is invented.
func TestQuotedAliasComma(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "comma inside the quote",
			text: "Rewards offered\n\nWASHINGTON - The rewards include up to $5 million for Ramiro Tello Fuentes, a.k.a. “Gordo,” the new leader of the Norte Cartel, and up to $2 million for Ana Rivas Soto.",
			want: []string{"Ramiro Tello Fuentes|leads|Norte Cartel"},
			not:  []string{"Ana Rivas Soto|leads|Norte Cartel"}},
		{name: "straight quotes",
			text: "Rewards offered\n\nWASHINGTON - Officials named Ramiro Tello Fuentes, aka \"El Gordo,\" a member of the Norte Cartel.",
			want: []string{"Ramiro Tello Fuentes|memberOf|Norte Cartel"}},
		{name: "comma outside the quote",
			text: "Rewards offered\n\nWASHINGTON - Officials named Ramiro Tello Fuentes, aka “El Gordo”, the leader of the Norte Cartel.",
			want: []string{"Ramiro Tello Fuentes|leads|Norte Cartel"}},
	})
}

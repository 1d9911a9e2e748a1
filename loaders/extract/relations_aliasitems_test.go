package extract

import "testing"

// TestAliasListItems: people listed with nicknames written without
// quotes, the items set apart by commas or semicolons, share the title
// after the list when it is plural (a singular one is the last item's);
// a semicolon with no nickname before it still ends the clause.
func TestAliasListItems(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "aka, comma and",
			text: "The reward covers Juan Pablo Serrano, aka El Gato, and Ramon Villa Cruz, aka Chivo, both current leaders of the Los Toros gang.",
			want: []string{"Juan Pablo Serrano|leads|Los Toros", "Ramon Villa Cruz|leads|Los Toros"}},
		{name: "aka, semicolon and",
			text: "The reward covers Mateo Rios Blanco, aka Flaco; and Tomas Abreu Lira, aka Gordo, both leaders of the Los Lobos Negros gang.",
			want: []string{"Mateo Rios Blanco|leads|Los Lobos", "Tomas Abreu Lira|leads|Los Lobos"}},
		{name: "also known as",
			text: "The reward covers Juan Pablo Serrano, also known as Flaco, and Ramon Villa Cruz, both leaders of the Los Toros gang.",
			want: []string{"Juan Pablo Serrano|leads|Los Toros", "Ramon Villa Cruz|leads|Los Toros"}},
		{name: "a singular title is the last item's",
			text: "The Justice Department announced a reward for three gang members: Juan Pablo Serrano, aka El Gato; Ramon Villa Cruz, aka Chivo; and Pedro Alvarado Ruiz, leader of the Los Toros gang.",
			want: []string{"Pedro Alvarado Ruiz|leads|Los Toros"}, not: []string{"Ramon Villa Cruz|leads|Los Toros", "Juan Pablo Serrano|leads|Los Toros"}},
		{name: "a semicolon between clauses",
			text: "Police arrested Pedro Alvarado Ruiz; and Marcos Delgado Fuentes, leader of the Los Toros gang, fled to Peru.",
			want: []string{"Marcos Delgado Fuentes|leads|Los Toros"}, not: []string{"Pedro Alvarado Ruiz|leads|Los Toros"}},
	})
}

package extract

import "testing"

// TestAllianceVerbs: "allied with" and "formed an alliance with" state a
// cooperation of the actor before with the one after (lexicon cues in
// data/lexicon/relations.tsv); a negation states none.
func TestAllianceVerbs(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "formed an alliance",
			text: "Prosecutors said the Norte Rojo gang formed an alliance with the Valle Frio Cartel in 2014.",
			want: []string{"Norte Rojo|cooperatesWith|Valle Frio Cartel"}},
		{name: "allied with",
			text: "The Norte Rojo gang allied with the Valle Frio Cartel to move cocaine north.",
			want: []string{"Norte Rojo|cooperatesWith|Valle Frio Cartel"}},
		{name: "negated",
			text: "The Norte Rojo gang never allied with the Valle Frio Cartel.",
			not:  []string{"Norte Rojo|cooperatesWith|Valle Frio Cartel"}},
	})
}

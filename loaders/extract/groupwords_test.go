package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestDescribedGroups checks that a capitalised word opening a sentence
// before "gang(s)", or a "Gang" inside a longer name, is no cartel.
func TestDescribedGroups(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"H\nRuthless gangs like the Los Cuervos gang extort bakers. Police said.", "Ruthless", false},
		{"H\n“Armed gangs such as these roam the coast,” the mayor said.", "Armed", false},
		{"H\nViolent gang members fled after a violent night.", "Violent", false},
		{"H\nThis Regional Gang Awareness Month, schools hold classes.", "Regional Gang", false},
		{"H\nPolice said the Los Cuervos gang extorts bakers.", "Los Cuervos", true},
		{"H\nOfficers raided the hideout. Cuervos gang members fled.", "Cuervos", true},
		{"H\n“Last night, 14 Cartel Members were flown to Texas,” the spokesman said.", "Cartel Members", false},
		{"H\nPolice said Cartel del Litoral Sur moved the cocaine.", "Cartel del Litoral Sur", true},
	} {
		x := ex.Extract(article(c.text))
		if got := hasEntity(x, c.name, schema.Cartel); got != c.want {
			t.Errorf("Extract(%q) entities = %+v, want cartel %q: %v", c.text, x.Entities, c.name, c.want)
		}
	}
}

// TestSpanishRankAbbrevs checks that Spanish rank abbreviations ("Alm.",
// "Gral.") do not end a sentence.
func TestSpanishRankAbbrevs(t *testing.T) {
	for _, text := range []string{
		"The minister came with Alm. Pedro Ruiz, head of the navy.",
		"The minister came with Gral. Pedro Ruiz, head of the army.",
	} {
		toks := tokenize(text, noKnownWords)
		sentences(toks)
		if toks[0].sent != toks[len(toks)-1].sent {
			t.Errorf("tokenize(%q): the abbreviation ends a sentence", text)
		}
	}
}

// TestStateModifiers checks that a country's name that is also a US
// state's, modifying a noun after "a", is the state.
func TestStateModifiers(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"H\nThe bill honours a Georgia nursing student killed last year.", false},
		{"H\nGeorgia and Armenia signed a border deal.", true},
		{"H\nTroops arrived in Georgia on Monday.", true},
	} {
		x := ex.Extract(article(c.text))
		if got := hasEntity(x, "Georgia", schema.Government); got != c.want {
			t.Errorf("Extract(%q) entities = %+v, want government Georgia: %v", c.text, x.Entities, c.want)
		}
	}
}

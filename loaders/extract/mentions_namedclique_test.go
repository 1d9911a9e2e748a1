package extract

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestNamedCliqueNames checks that capitalised words before "clique"
// name a criminal group with the word, that a shorter name of the same
// clique is an alias, that members listed under a statement of "the Y
// clique of X" belong to both, and that "a Virginia clique" or "Akron,
// Ohio Clique" name none. All copy is invented.
func TestNamedCliqueNames(t *testing.T) {
	cases := []struct {
		name, text string
		cliques    []string
		rels       []string
	}{
		{"place and gang", "Luis Ortega was a member of the Dayton clique of MS-13.",
			[]string{"Dayton clique"}, []string{"Luis Ortega memberOf Dayton clique"}},
		{"possessive", "Court papers say Elmer Quintanilla was a leader of MS-13’s Harbor Locos Salvatrucha clique in Norfolk.",
			[]string{"Harbor Locos Salvatrucha clique"}, []string{"Elmer Quintanilla leads Harbor Locos Salvatrucha clique"}},
		{"ordinal", "Mario Funes, a member of the 31st Street Clique, was arrested.",
			[]string{"31st Street Clique"}, []string{"Mario Funes memberOf 31st Street Clique"}},
		{"short name again", "Rolando Diaz led the Harbor Locos Salvatrucha clique. Members of the Harbor clique met weekly.",
			[]string{"Harbor Locos Salvatrucha clique"}, nil},
		{"acronym clique again", "Rolando Diaz led the Bayview Locos Salvatrucha (BLS) clique of MS-13. Members of the Bayview clique met weekly.",
			[]string{"Bayview Locos Salvatrucha"}, nil},
		{"listed members", "The indictment says eight defendants – members and associates of the Canton clique of MS-13 – extorted shop owners.\n\nThe defendants charged in the indictment are:\n\nName | Age\nJose Alas | 32\nCarlos Tercero | 41\n",
			[]string{"Canton clique"}, []string{"Jose Alas memberOf Canton clique", "Jose Alas memberOf MS-13", "Carlos Tercero memberOf MS-13", "Carlos Tercero memberOf Canton clique"}},
		{"indefinite", "Police said a Virginia clique of MS-13 ordered the attack.", nil, nil},
		{"after comma", "Members of Akron, Ohio Clique of MS-13 Charged", nil, nil},
	}
	ex := newExtractor(t)
	for _, c := range cases {
		x := ex.Extract(article("Gang news\n\n" + c.text + "\n"))
		var cliques []string
		for _, e := range x.Entities {
			if e.Type == schema.Cartel && e.Name != "MS-13" && e.Name != "Mara Salvatrucha" {
				cliques = append(cliques, e.Name)
			}
		}
		if !slices.Equal(cliques, c.cliques) {
			t.Errorf("%s: cliques %q, want %q (text %q)", c.name, cliques, c.cliques, c.text)
		}
		var rels []string
		for _, r := range x.Relations {
			rels = append(rels, r.Subject+" "+r.Predicate+" "+r.Object)
		}
		for _, w := range c.rels {
			if !slices.Contains(rels, w) {
				t.Errorf("%s: no relation %q in %q", c.name, w, rels)
			}
		}
	}
}

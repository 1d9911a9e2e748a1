package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestCapsNamesInProse checks names written in capitals inside a sentence
// in lower case, as press releases write defendants: each is a person,
// hyphenated surnames included; a shouted headline or a dateline is no one.
func TestCapsNamesInProse(t *testing.T) {
	ex := newExtractor(t)
	cases := []struct {
		name, text string
		want       []string
		notWant    []string
	}{
		{"two defendants", "H\nProsecutors announced that CARLOS MENDEZ-ORTIZ and ROSA VILLAFANE, both citizens of Peru, arrived in Miami on Monday.",
			[]string{"Carlos Mendez-Ortiz", "Rosa Villafane"}, nil},
		{"one defendant mid-sentence", "H\nA federal jury found that MIGUEL ANGEL TORVAL laundered the proceeds of the scheme.",
			[]string{"Miguel Angel Torval"}, nil},
		{"shouted headline", "DANIEL OKORO ANNOUNCES PLAN\n\nThe plan was published on Monday.",
			nil, []string{"Daniel Okoro"}},
		{"dateline", "H\nDAVID CITY, Neb. – The county opened a new road on Monday.",
			nil, []string{"David City"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			want := make([]schema.Entity, 0, len(c.want))
			for _, n := range c.want {
				want = append(want, schema.Entity{Name: n, Type: schema.Person})
			}
			checkEntities(t, c.text, x, want, c.notWant)
		})
	}
}

// TestTitleAppositionLine checks that a title-case line holding a name, a
// comma and a title filling the line (a sign-off under the masthead) names
// that person, a "Jr." between them too; a headline's capitals stay no one.
// All copy is invented.
func TestTitleAppositionLine(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want       []string
		notWant    []string
	}{
		{"sign-off", "Agency Announces Arrests\n\nBorder Agency\nNorbert T. Quill, Special Agent in Charge\nFebruary 24, 2011\n\nAgents made arrests today.\n",
			[]string{"Norbert T. Quill"}, nil},
		{"sign-off with Jr.", "Agency Announces Arrests\n\nBorder Agency\nNorbert T. Quill, Jr., Special Agent in Charge\nFebruary 24, 2011\n\nAgents made arrests today.\n",
			[]string{"Norbert T. Quill"}, nil},
		{"headline", "Quill Gate Reopens After Storm\n\nThe gate reopened on Monday.\n",
			nil, []string{"Quill Gate"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			want := make([]schema.Entity, 0, len(c.want))
			for _, n := range c.want {
				want = append(want, schema.Entity{Name: n, Type: schema.Person})
			}
			checkEntities(t, c.text, x, want, c.notWant)
		})
	}
}

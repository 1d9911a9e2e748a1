package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestPluralTitledList checks that one-word names listed after a plural
// title are titled people, each, and that a list after a plural word that
// is no title names no one. All copy is invented.
func TestPluralTitledList(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
		not  []string
	}{
		{
			name: "abbreviated plural, serial comma",
			text: "Bill Advances\n\nThe measure was backed by Sens. Harlan, Quist, Morrow, and Pell on Friday.\n",
			want: []string{"Harlan", "Quist", "Morrow", "Pell"},
		},
		{
			name: "spelled plural, two names",
			text: "Vote Delayed\n\nThe letter was signed by Senators Ostrov and Lind after the hearing.\n",
			want: []string{"Ostrov", "Lind"},
		},
		{
			name: "plural that is no title",
			text: "Ships Arrive\n\nThe crews sailed to Harbors Wexmoor and Tolland last week.\n",
			not:  []string{"Wexmoor", "Tolland"},
		},
	}
	ex := newExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := ex.Extract(article(tc.text))
			for _, w := range tc.want {
				if !hasEntity(x, w, schema.Person) {
					t.Errorf("Extract(%q): no person %q in %+v", tc.text, w, x.Entities)
				}
			}
			for _, n := range tc.not {
				if hasEntity(x, n, schema.Person) {
					t.Errorf("Extract(%q): unwanted person %q in %+v", tc.text, n, x.Entities)
				}
			}
		})
	}
}

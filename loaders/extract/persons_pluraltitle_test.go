package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestPluralTitledList checks that names listed after a plural title are
// titled people, each (one-word surnames after "Sens.", full names after
// "Trial Attorneys", with the post the title names), and that a list after
// a plural word that is no title names no one. All copy is invented.
func TestPluralTitledList(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		want  []string
		roles [][2]string // person, body
		not   []string
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
		{
			name:  "two trial attorneys of a section",
			text:  "Firm Pleads Guilty\n\nA firm pleaded guilty today. Trial Attorneys Marnie Quellow and Dorian Fesk of the Fraud Section prosecuted the case.\n",
			want:  []string{"Marnie Quellow", "Dorian Fesk"},
			roles: [][2]string{{"Marnie Quellow", "Fraud Section"}, {"Dorian Fesk", "Fraud Section"}},
		},
		{
			name:  "three assistant attorneys of a district",
			text:  "Smuggler Sentenced\n\nA smuggler was sentenced today. Assistant U.S. Attorneys Halden Brisk, Teodor Vannick and Ysolde Marr of the Northern District of Ohio handled the case.\n",
			want:  []string{"Halden Brisk", "Teodor Vannick", "Ysolde Marr"},
			roles: [][2]string{{"Halden Brisk", "Northern District of Ohio"}, {"Ysolde Marr", "Northern District of Ohio"}},
		},
		{
			name: "plural that is no title, two-word names",
			text: "Ships Arrive\n\nThe crews sailed to Harbors Wexmoor Bay and Tolland Point last week.\n",
			not:  []string{"Wexmoor Bay", "Tolland Point"},
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
			for _, r := range tc.roles {
				if !hasRole(x, r[0], r[1]) {
					t.Errorf("Extract(%q): no role of %q at %q in %+v", tc.text, r[0], r[1], x.Roles)
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

package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestLatinAmericanGivenNames checks that less common Latin American and
// Caribbean given names make a person of a name with no other evidence, and
// that a name with two surnames is kept whole rather than cut to the
// surnames. All copy is invented.
func TestLatinAmericanGivenNames(t *testing.T) {
	ex := newExtractor(t)
	tests := []struct {
		name string
		want string
	}{
		{"Quechua given name", "Inti Saravia"},
		{"two surnames", "Herasmo Pineda Lobos"},
		{"two surnames, Osiris", "Osiris Ocampo Ruiz"},
		{"accented given name", "Teófilo Arce"},
		{"Caribbean given name", "Irfaan Persaud"},
		{"female given name", "Lucrecia Ibarra"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := ex.Extract(article("H\nThe route was run for years by " + tc.want + " and two cousins."))
			if !hasNamed(x, tc.want, schema.Person) {
				t.Errorf("entities = %+v, want person %q", x.Entities, tc.want)
			}
		})
	}
}

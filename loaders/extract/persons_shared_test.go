package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestSharedSurname checks that a known given name alone before "and" and
// a person's full name is a person of that surname, unless the given name
// is that of a person named before or the full name has no surname. All
// copy is invented.
func TestSharedSurname(t *testing.T) {
	cases := []struct {
		name, text, want string
		neg              bool
	}{
		{"brothers", "Smugglers held\n\nPolice said Pedro and Juan Villalba Ortega were held in Quito on Monday.\n", "Pedro Villalba Ortega", false},
		{"middle initial", "Smugglers held\n\nPolice said Ana and Luis M. Quiroga were held in Quito on Monday.\n", "Ana Quiroga", false},
		{"the given name of a person named before", "Smugglers held\n\nPedro Castillo spoke in Lima. Police said Pedro and Juan Villalba Ortega were held in Quito on Monday.\n", "Pedro Villalba Ortega", true},
		{"an unknown first word", "Smugglers held\n\nPolice said Quito and Juan Villalba Ortega were named on Monday.\n", "Quito Villalba Ortega", true},
	}
	ex := newExtractor(t)
	for _, c := range cases {
		x := ex.Extract(article(c.text))
		found := hasNamed(x, c.want, schema.Person)
		if found == c.neg {
			t.Errorf("%s: Extract(%q) entities = %+v, want %v of %s", c.name, c.text, x.Entities, !c.neg, c.want)
		}
	}
}

// TestRepeatedFullName: a person's whole name written again where nothing
// around it says it is a person's is that person, as a surname alone is;
// another name sharing only a given name is not. All copy is invented.
func TestRepeatedFullName(t *testing.T) {
	checkRelCases(t, []relCase{
		{"the whole name again",
			"News\n\nDENVER - Zorvan Quellat, 41, arrived in the United States on Monday.\n\nZorvan Quellat was charged in federal court.",
			[]string{"United States|charged|Zorvan Quellat"}, nil},
		{"a name sharing the given name",
			"News\n\nDENVER - Zorvan Quellat, 41, arrived in the United States on Monday.\n\nZorvan Pirez was charged in federal court.",
			nil, []string{"United States|charged|Zorvan Quellat"}},
	})
}

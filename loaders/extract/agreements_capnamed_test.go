package extract

import (
	"strings"
	"testing"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestCapNamedAgreements checks that a proper name before a lower-case
// agreement head names the agreement, its acronym an alias, and that a
// known name, a month or a body before the head names none.
func TestCapNamedAgreements(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, want, alias string
	}{
		{"a name and its acronym before the head",
			"H\nThe admiral and Peru's defence minister signed a Coastal Track Awareness Sharing (CTAS) agreement on Tuesday. CTAS lets both navies share radar tracks.",
			"Coastal Track Awareness Sharing", "CTAS"},
		{"a name before the head",
			"H\nChile and Peru agreed to fund schools through the Safe Rivers Forward initiative next year.",
			"Safe Rivers Forward", ""},
		{"a quoted name holding a state's name",
			"H\nBoth governments backed the “Chile Avanza Seguro” initiative announced in March.",
			"Chile Avanza Seguro", ""},
		{"a single word names the agreement with its head",
			"H\nChile and Peru renewed the Tarapoto initiative, a partnership begun in 2019.",
			"Tarapoto initiative", ""},
		{"a single word after an indefinite article names none",
			"H\nOfficials weighed a Tarapoto initiative on Monday.", "", ""},
		{"a quoted single word is no name",
			"H\nOfficials praised the “historic” agreement on Monday.", "", ""},
		{"a known body before the head names no agreement",
			"H\nOfficials in Lima praised the European Union agreement on Monday.", "", ""},
		{"a month before the head names no agreement",
			"H\nBoth governments praised the June Fisheries agreement on Monday.", "", ""},
		{"a body's name before the head names no agreement",
			"H\nReporters asked about the Fisheries Ministry agreement on Monday.", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			var names []string
			found := false
			for _, a := range x.Agreements {
				names = append(names, a.Name)
				if a.Name == c.want {
					found = true
				}
			}
			if c.want == "" {
				for _, n := range names {
					if !strings.Contains(strings.ToLower(n), "agreement") {
						t.Errorf("Extract(%q) agreements = %v, want none named without the head", c.text, names)
					}
				}
				return
			}
			if !found {
				t.Fatalf("Extract(%q) agreements = %v, want %q", c.text, names, c.want)
			}
			if c.alias == "" {
				return
			}
			for _, e := range x.Entities {
				if e.Name == c.want {
					for _, a := range e.Aliases {
						if a == c.alias {
							return
						}
					}
					t.Errorf("Extract(%q) %q aliases = %v, want %q", c.text, c.want, e.Aliases, c.alias)
				}
			}
		})
	}
}

// TestCapNamedAgreementsAtStart checks that a quoted name opening the text
// is read without running off its start.
func TestCapNamedAgreementsAtStart(t *testing.T) {
	ex := newExtractor(t)
	for _, text := range []string{"“Puertos Seguros Ahora” initiative", "“Puertos Seguros” initiative"} {
		ex.Extract(article(text)) // must not panic
	}
}

package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestPurposeNamedOffice checks that an office named for its purpose with
// "to" and capitalised verbs ("Office to Monitor and Combat Trafficking
// in Persons") is one agency, while "to" before a place or a crime's
// place ends the name. All copy is invented.
func TestPurposeNamedOffice(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, agency string
		want               bool
	}{
		{"purpose verbs", "H\nThe Office to Monitor and Combat Trafficking in Persons joined the talks on Monday.",
			"Office to Monitor and Combat Trafficking in Persons", true},
		{"one verb", "H\nThe Office to Prevent Smuggling opened a branch.", "Office to Prevent Smuggling", true},
		{"a place after to", "H\nThe ministry sent its Trade Office to Mexico City on Monday.", "Trade Office to Mexico City", false},
		{"a crime's place", "H\nThe Special Unit against Arms Trafficking in Santa Rosa made arrests.", "Special Unit against Arms Trafficking in Santa Rosa", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if got := hasEntity(x, c.agency, schema.Agency); got != c.want {
				t.Errorf("Extract(%q): agency %q %v, want %v (%+v)", c.text, c.agency, got, c.want, x.Entities)
			}
		})
	}
}

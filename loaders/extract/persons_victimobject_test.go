package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestPersonVerbObject checks that a capitalised run right after a verb
// only a person undergoes names a person, and that other verbs give no
// such evidence. All copy is invented.
func TestPersonVerbObject(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, person string
		want               bool
	}{
		{"arrested", "In May police arrested Quorva Dellimane, a local trader.", "Quorva Dellimane", true},
		{"freed", "In July the High Court freed Solvan Treddick after two years in custody.", "Solvan Treddick", true},
		{"killed", "Gunmen killed Ambrel Tosquin Varde near the market.", "Ambrel Tosquin Varde", true},
		{"other verb", "In May the ministry funded Quorva Dellimane Holdings for two years.", "Quorva Dellimane Holdings", false},
	} {
		x := ex.Extract(article("Head\n\n" + c.text + "\n"))
		if got := hasEntity(x, c.person, schema.Person); got != c.want {
			t.Errorf("%s: Extract(%q) entities %+v, person %s %v, want %v", c.name, c.text, x.Entities, c.person, got, c.want)
		}
	}
}

package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestSharedAcronym checks that an acronym the gazetteer gives to the
// bodies of two states is read as the body of the state the text names
// most, and that a tie keeps the gazetteer's first. All copy is invented.
func TestSharedAcronym(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, want, not string
	}{
		{"Guatemala: Prison Transfers\nIn Guatemala the PNC moved 40 inmates to a new prison in Escuintla. Guatemalan courts reviewed the transfers.",
			"National Civil Police of Guatemala", "National Civil Police of El Salvador"},
		{"El Salvador: Curfew Arrests\nThe PNC detained 30 people in San Miguel, El Salvador, for breaking a curfew. Salvadoran judges freed ten.",
			"National Civil Police of El Salvador", "National Civil Police of Guatemala"},
		{"Honduras: Road Checks\nIn Honduras the HNP set up checkpoints near Choluteca. A Honduran court ordered an inquiry.",
			"Honduran National Police", "Haitian National Police"},
		{"Haiti: Port Patrols\nThe HNP patrolled the port of Cap-Haitien after a Haitian ferry sank. Haiti asked for divers.",
			"Haitian National Police", "Honduran National Police"},
	} {
		x := ex.Extract(article(c.text))
		if !hasNamed(x, c.want, schema.Agency) || hasNamed(x, c.not, schema.Agency) {
			t.Errorf("Extract(%q) entities = %+v, want %q and not %q", c.text, x.Entities, c.want, c.not)
		}
	}
}

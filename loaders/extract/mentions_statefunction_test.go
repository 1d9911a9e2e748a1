package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestStateFunctionBodies checks that a centre or group named for
// intelligence, fusion, counterterrorism, smuggling or trafficking work,
// a commission named for trade, securities or competition, and a central
// bank are read as agencies, while other centres and banks stay
// organisations;
// and that ministers who sign a memorandum between two such agencies sign
// for their states. All copy is invented.
func TestStateFunctionBodies(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
		typ        schema.EntityType
	}{
		{"Analysts at the Harbor Valley Intelligence Center tracked the shipments for months.\n",
			"Harbor Valley Intelligence Center", schema.Agency},
		{"The Northfield Fusion Center shared the tips with local police on Monday.\n",
			"Northfield Fusion Center", schema.Agency},
		{"The Lakeshore Counterterrorism Group briefed the mayor about the threat.\n",
			"Lakeshore Counterterrorism Group", schema.Agency},
		{"The Ruritania Trade Commission fined the importer for dumping steel.\n",
			"Ruritania Trade Commission", schema.Agency},
		{"The Orchard Reading Center hosted a book fair for local families.\n",
			"Orchard Reading Center", schema.Organization},
		{"The Central Bank of Ruritania raised its lending rate on Monday.\n",
			"Central Bank of Ruritania", schema.Agency},
		{"The Harbor Savings Bank opened a branch in Northfield on Monday.\n",
			"Harbor Savings Bank", schema.Organization},
	} {
		x := ex.Extract(article("Local News\n\n" + c.text))
		if !hasEntity(x, c.name, c.typ) {
			t.Errorf("%q: entities = %+v, want %s %q", c.text, x.Entities, c.typ, c.name)
		}
	}
	x := ex.Extract(article("Ministers Sign Memorandum\n\n" +
		"While in Ottawa, U.S. Attorney General Dora Hallet and Canadian Justice Minister Amos Trell signed a " +
		"memorandum of understanding between the U.S. Migrant Smuggling Center and the Canadian Human Trafficking " +
		"Coordination Center.\n"))
	for _, state := range []string{"United States", "Canada"} {
		if !relationIn(x, state, "signed", "memorandum of understanding") {
			t.Errorf("relations = %+v, want %s signed memorandum of understanding", x.Relations, state)
		}
	}
}

// relationIn reports whether x holds the relation subject predicate object.
func relationIn(x schema.Extraction, subject, predicate, object string) bool {
	for _, r := range x.Relations {
		if r.Subject == subject && r.Predicate == predicate && r.Object == object {
			return true
		}
	}
	return false
}

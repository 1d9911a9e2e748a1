package extract

import (
	"sort"
	"strings"
	"testing"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestCommittedUndertakings checks unnamed undertakings parties commit to
// launch, with the parties the text states.
func TestCommittedUndertakings(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ name, text, want, parties string }{
		{"committed to initiate", "H\nThe ministers committed that Peru and Chile will initiate a maritime dialogue on fishing.", "maritime dialogue", "Chile|Peru"},
		{"agreed to by the parties", "H\nThe Bolivian government announced a transition roadmap, agreed to by the unions, for new elections.", "transition roadmap", "Bolivia"},
		{"agreed to establish", "H\nPanama and Colombia agreed to establish a border mechanism against smuggling.", "border mechanism", "Colombia|Panama"},
		{"no commitment, no agreement", "H\nPeru will launch a maritime dialogue with fishermen next year.", "", ""},
		{"a vague modifier names nothing", "H\nPeru and Chile agreed to launch a new dialogue.", "", ""},
		{"the two sides' initiative for a list", "H\nPeru and Chile met in Lima. They praised the two countries' initiative for Bolivians, Haitians and Venezuelans.", "initiative for Bolivians, Haitians and Venezuelans", "Chile|Peru"},
		{"the two sides' plan on a subject", "H\nPeru and Chile met in Lima. They backed the two countries' initiative on border crossings.", "initiative on border crossings", "Chile|Peru"},
		{"one body's initiative is its programme", "H\nThrough its signature smuggling initiative, the agency works with Peru and Chile.", "", ""},
		{"their initiative stays an agreement", "H\nPeru and Chile praised their border security initiative on Monday.", "border security initiative", "Chile|Peru"},
		{"the two sides' initiative with no complement", "H\nPeru and Chile met in Lima. They praised the two countries' initiative.", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, a, ok := agreementNamed(t, ex, c.text, c.want)
			if !ok {
				return
			}
			p := append([]string(nil), a.Parties...)
			sort.Strings(p)
			if got := strings.Join(p, "|"); got != c.parties {
				t.Errorf("Extract(%q) parties of %q = %s, want %s", c.text, c.want, got, c.parties)
			}
		})
	}
}

package extract

import (
	"sort"
	"strings"
	"testing"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestBareAgreements checks agreements named by a bare head: signed, with
// a stated party, and the only agreement the article names.
func TestBareAgreements(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ name, text, want, parties string }{
		{"a subject signs an agreement", "H\nPanama signed an agreement for the Colombian navy to patrol its coast.", "agreement", ""},
		{"the body engaged to act is a party", "H\nPanama signed an agreement for the U.S. Coast Guard to train its sailors.", "agreement", "Panama|U.S. Coast Guard"},
		{"a deal secured with a party", "H\nThe Chilean government secured a deal with Peru to return migrants.", "deal", "Peru"},
		{"an agreement signed with a party", "H\nBolivia is receiving radars under an agreement signed last year with Brazil.", "agreement", "Bolivia|Brazil"},
		{"a deal inside a quote", "H\nSen. Ana Ruiz: “The administration secured a deal with Peru to return migrants.”", "deal", "Peru"},
		{"an agreement between two states", "H\nThe radar site runs under an agreement between the U.S. and the government of Belize.", "agreement", "Belize|United States"},
		{"an agreement between a state and its demonym's government", "H\nThe base operates through an agreement between Peru and the Chilean government.", "agreement", "Chile|Peru"},
		{"an agreement between one state and a company names none", "H\nThe port runs under an agreement between Peru and a shipping firm.", "", ""},
		{"the two governments as the signing subject", "H\nChilean Minister Ana Ruiz met Peruvian Minister Luis Mora in Lima. The two governments signed an agreement to patrol the border.", "agreement", "Chile|Peru"},
		{"both countries as the signing subject", "H\nChilean Minister Ana Ruiz met Peruvian Minister Luis Mora in Lima. Both countries signed an agreement to patrol the border.", "agreement", "Chile|Peru"},
		{"the agreement between two states", "H\nJoint patrols began Monday under the agreement between Peru and Chile.", "agreement", "Chile|Peru"},
		{"a capitalised letter of intent", "H\nPeru and Chile signed a Letter of Intent to expand maritime patrols.", "Letter of Intent", "Chile|Peru"},
		{"an agreement nobody signs", "H\nOfficials hope for an agreement soon.", "", ""},
		{"a definite article refers back", "H\nChile signed the agreement on Monday.", "", ""},
		{"a named agreement takes the bare one's place", "H\nChile and Peru signed an agreement on Monday. The border patrol agreement runs five years.", "border patrol agreement", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			x, a, ok := agreementNamed(t, ex, c.text, c.want)
			if !ok {
				return
			}
			p := append([]string(nil), a.Parties...)
			sort.Strings(p)
			if c.parties != "" && !strings.Contains(strings.Join(p, "|"), c.parties) {
				t.Errorf("Extract(%q) parties of %q = %v, want %s", c.text, c.want, p, c.parties)
			}
			if len(x.Agreements) != 1 {
				t.Errorf("Extract(%q) agreements = %+v, want only %q", c.text, x.Agreements, c.want)
			}
		})
	}
}

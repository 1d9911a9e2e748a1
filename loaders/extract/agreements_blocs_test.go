package extract

import (
	"sort"
	"strings"
	"testing"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestListedBlocParties checks that a known bloc listed with governments
// in an agreement's sentence is a party with them, and one named apart
// from them is not.
func TestListedBlocParties(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ name, text, agreement, parties string }{
		{"a bloc between two governments",
			"H\nThe text was released by the Government of Panama, the Central American Integration System (SICA), and the Government of Chile at the High-Level Port Security Dialogue.",
			"High-Level Port Security Dialogue", "Central American Integration System|Chile|Panama"},
		{"a bloc named apart from the governments",
			"H\nChile and Peru opened the Trilateral Border Committee in Lima, where the Central American Integration System had an observer.",
			"Trilateral Border Committee", "Chile|Peru"},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkExactParties(t, ex, c.text, c.agreement, c.parties)
		})
	}
}

// TestListedBlocCooperation checks that a bloc that is a party of a
// framework with a government cooperates with it, as two governments do.
func TestListedBlocCooperation(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nThe text was released by the Government of Panama, the Central American Integration System (SICA), and the Government of Chile at the High-Level Port Security Dialogue."
	x := ex.Extract(article(text))
	for _, r := range x.Relations {
		if r.Predicate == "cooperatesWith" && (r.Subject == "Central American Integration System" && r.Object == "Panama" ||
			r.Subject == "Panama" && r.Object == "Central American Integration System") {
			return
		}
	}
	t.Errorf("Extract(%q) relations = %+v, want Panama cooperatesWith Central American Integration System", text, x.Relations)
}

// checkExactParties checks that the extraction of text holds the agreement
// named agreement with exactly parties, sorted and joined by "|".
func checkExactParties(t *testing.T, ex *Extractor, text, agreement, parties string) {
	t.Helper()
	a, ok := agreementIn(t, text, ex.Extract(article(text)), agreement)
	if !ok {
		return
	}
	p := append([]string(nil), a.Parties...)
	sort.Strings(p)
	if got := strings.Join(p, "|"); got != parties {
		t.Errorf("Extract(%q) parties of %q = %s, want %s", text, agreement, got, parties)
	}
}

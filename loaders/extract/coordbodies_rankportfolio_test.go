package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestRankAndPortfolioNoBody checks that a service, a rank and a title
// with its portfolio before a name ("Peruvian Navy Rear Admiral and
// Undersecretary for Administration Ana Ruiz") make no body of the titles.
func TestRankAndPortfolioNoBody(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nThe delegation met Peruvian Navy Rear Admiral and Undersecretary for Administration Vice-Admiral Ana Ruiz in Lima on Monday."
	x := ex.Extract(article(text))
	for _, e := range x.Entities {
		if e.Type == schema.Agency && strings.Contains(e.Name, "Undersecretary") {
			t.Errorf("Extract(%q) has agency %q", text, e.Name)
		}
	}
}

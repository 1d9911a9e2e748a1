package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestRevenueServiceInvestigationsNames checks that the spelled-out forms
// of the revenue service's criminal investigation arm ("Internal Revenue
// Service Criminal Investigations", with or without a hyphen or dash) are
// one agency the gazetteer knows, not the revenue service and a person
// named "Criminal Investigation". The sentences and people are invented.
func TestRevenueServiceInvestigationsNames(t *testing.T) {
	tests := []struct {
		name string
		text string
	}{
		{"spaced", "Broker Charged\n\nThe case was investigated by Internal Revenue Service Criminal Investigations and local police in Port Ellery.\n"},
		{"hyphen", "Broker Charged\n\nAgents of the Internal Revenue Service-Criminal Investigation arrested Dale Moro in Port Ellery.\n"},
		{"dash", "Broker Charged\n\nThe Internal Revenue Service – Criminal Investigation office in Port Ellery led the inquiry into Dale Moro.\n"},
	}
	ex := newExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := ex.Extract(article(tc.text))
			if !hasEntity(x, "IRS Criminal Investigation", schema.Agency) {
				t.Errorf("Extract(%q): no IRS Criminal Investigation in %+v", tc.text, x.Entities)
			}
			if hasEntity(x, "Criminal Investigation", schema.Person) {
				t.Errorf("Extract(%q): person Criminal Investigation in %+v", tc.text, x.Entities)
			}
		})
	}
}

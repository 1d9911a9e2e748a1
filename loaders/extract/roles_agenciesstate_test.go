package extract

import "testing"

// TestVisitorsAmbassador checks that an ambassador of no stated country,
// in a release of another state's visit to the host country, is the
// visiting state's when its agencies are the only ones named.
func TestVisitorsAmbassador(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "the visitors' ambassador", text: "Commander Visits Lima\n\nLIMA, Peru — Gen. Rita Moss, commander of U.S. Southern Command, and Ambassador Ana Pratt met President Luis Vega in Lima.",
			person: "Ana Pratt", title: "Ambassador", org: "United States"},
		{name: "agencies of the host too", text: "Commander Visits Lima\n\nLIMA, Peru — Gen. Rita Moss, commander of U.S. Southern Command, and Ambassador Ana Pratt met the head of the Peruvian National Police in Lima.",
			person: "Ana Pratt", org: "United States", neg: true},
	})
}

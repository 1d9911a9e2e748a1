package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for this test; none is taken from an
// evaluation article.

// TestAgreementYearSuffix checks that a year written right after an
// agreement's name, before punctuation, closes the name, and that a year
// after a preposition or before more words does not.
func TestAgreementYearSuffix(t *testing.T) {
	checkAgreementNames(t, []agreementNameCase{
		{"year before a comma", "H\nPeru and Chile discussed the Andean Partnership to Protect the Coast 2030, which Peru launched last year.",
			"Andean Partnership to Protect the Coast 2030", "Andean Partnership to Protect the Coast"},
		{"year before its acronym", "H\nChile joined the Reef Partnership for Clean Harbors 2040 (RPCH 2040) to fund new ports.",
			"Reef Partnership for Clean Harbors 2040", "Reef Partnership for Clean Harbors"},
		{"year at the sentence end", "H\nPeru welcomed the launch of the Coastal Partnership for Safe Fisheries 2035.",
			"Coastal Partnership for Safe Fisheries 2035", "Coastal Partnership for Safe Fisheries"},
		{"year after a preposition", "H\nPeru and Chile signed the Lago Verde Water Treaty in 2019.",
			"Lago Verde Water Treaty", "Lago Verde Water Treaty in 2019"},
		{"year before more words", "H\nPeru and Chile signed the Lago Verde Water Treaty 2019 talks ended.",
			"Lago Verde Water Treaty", "Lago Verde Water Treaty 2019"},
	})
}

// agreementNameCase is a text, the agreement name its extraction should
// hold and a name it should not.
type agreementNameCase struct {
	name, text, want, notWant string
}

// checkAgreementNames extracts each case's text and checks that want names
// an agreement of it and notWant none.
func checkAgreementNames(t *testing.T, cases []agreementNameCase) {
	t.Helper()
	ex := newExtractor(t)
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			x := ex.Extract(article(tt.text))
			if !hasEntity(x, tt.want, schema.Agreement) {
				t.Errorf("Extract(%q) entities = %+v, want agreement %q", tt.text, x.Entities, tt.want)
			}
			if hasEntity(x, tt.notWant, schema.Agreement) {
				t.Errorf("Extract(%q) entities = %+v, want no agreement %q", tt.text, x.Entities, tt.notWant)
			}
		})
	}
}

package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestUSFederalBodiesOfTheBeat checks that federal bodies of the beat the
// gazetteer lists are agencies of the United States however the copy
// writes them (in full, by acronym, with a hyphenated suffix), and that a
// name listed next to another in a coordination stays apart from it. All
// copy is invented.
func TestUSFederalBodiesOfTheBeat(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, want string
	}{
		{"a development lender by acronym",
			"H\nDFC will provide a $12 million loan to a Honduran builder for low-cost homes.", "U.S. International Development Finance Corporation"},
		{"a development lender in full",
			"H\nThe U.S. International Development Finance Corporation signed a loan with a Guatemalan bank.", "U.S. International Development Finance Corporation"},
		{"immigration services",
			"H\nApplicants must file with U.S. Citizenship and Immigration Services by March, the department said.", "U.S. Citizenship and Immigration Services"},
		{"a task force written with a hyphen",
			"H\nThe cutter patrolled the Eastern Pacific under Joint Interagency Task Force-South.", "Joint Interagency Task Force South"},
		{"ICE's charter airline",
			"H\nThe fugitive was flown to San Salvador on an ICE Air Operations charter flight on Thursday.", "ICE Air Operations"},
		{"ICE's charter airline, short form",
			"H\nOfficers removed him via an ICE Air charter flight from Texas.", "ICE Air Operations"},
		{"a Coast Guard helicopter squadron",
			"H\nThe cutter embarked a U.S. Coast Guard Helicopter Interdiction Tactical Squadron aircrew for the patrol.", "Helicopter Interdiction Tactical Squadron"},
		{"a Coast Guard law enforcement team with its region after it",
			"H\nBoarding teams came from Coast Guard Tactical Law Enforcement Team Pacific, the service said.", "Pacific Tactical Law Enforcement Team"},
		{"the customs service before 2003, short form",
			"H\nMexico wants to try the U.S. Customs agents who ran the sting, the minister said.", "U.S. Customs Service"},
		{"the border agency is not the old customs service",
			"H\nOfficers of U.S. Customs and Border Protection seized the cash at the crossing.", "U.S. Customs and Border Protection"},
		{"CBP's air and marine arm",
			"H\nA patrol plane from U.S. Customs and Border Protection Air and Marine Operations spotted the boat.", "Air and Marine Operations"},
		{"a Treasury office coordinated with another body",
			"H\nThe unit is led by the Office of Terrorism and Financial Intelligence and the Criminal Division.", "Office of Terrorism and Financial Intelligence"},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			for _, e := range x.Entities {
				if e.Name == c.want && e.Type == schema.Agency {
					return
				}
			}
			t.Errorf("Extract(%q): no Agency %q in %+v", c.text, c.want, x.Entities)
		})
	}
}

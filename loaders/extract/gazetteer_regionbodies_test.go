package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestRegionBodiesByAcronym checks that the gazetteer's state bodies, UN
// and OAS missions and rights groups of the region are read when a text
// names them only by acronym or short name. All copy is invented.
func TestRegionBodiesByAcronym(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, want string
		typ        schema.EntityType
	}{
		{"Colombia: Hearings\nIn March the JEP heard three retired colonels in Neiva.", "Special Jurisdiction for Peace", schema.Agency},
		{"Honduras: Patrols\nA PMOP patrol detained two farmers near Olancho.", "Military Police of Public Order", schema.Agency},
		{"Venezuela: Detentions\nAgents of the CICPC held a reporter for two days in Maracay.", "Scientific, Penal, and Criminal Investigation Corps", schema.Agency},
		{"Mexico: Complaints\nThe CNDH received 300 complaints about a prison in Sonora.", "National Human Rights Commission of Mexico", schema.Agency},
		{"Haiti: Courts\nMINUSTAH trained 40 clerks before its mandate ended.", "United Nations Stabilization Mission in Haiti", schema.Organization},
		{"Colombia: Monitors\nThe UN Verification Mission counted 12 attacks on former combatants.", "United Nations Verification Mission in Colombia", schema.Organization},
		{"Venezuela: Reports\nThe FFM documented 20 cases of abuse in two prisons.", "Independent International Fact-Finding Mission on Venezuela", schema.Organization},
		{"Honduras: Cases\nMACCIH and prosecutors opened five cases against mayors.", "Mission to Support the Fight against Corruption and Impunity in Honduras", schema.Organization},
		{"Venezuela: Prisons\nAccording to PROVEA, 15 inmates died of tuberculosis.", "Venezuelan Education-Action Program on Human Rights", schema.Organization},
		{"Colombia: Leaders\nCINEP counted 90 threats against community leaders in Cauca.", "Center for Research and Popular Education", schema.Organization},
		{"Haiti: Gangs\nRNDDH said the gang burned 30 homes in the commune.", "National Human Rights Defense Network", schema.Organization},
		{"Bolivia: Protests\nThe Office of the UN High Commissioner for Human Rights asked for an inquiry.", "Office of the United Nations High Commissioner for Human Rights", schema.Organization},
	} {
		x := ex.Extract(article(c.text))
		if !hasNamed(x, c.want, c.typ) {
			t.Errorf("Extract(%q) entities = %+v, want %s %q", c.text, x.Entities, c.typ, c.want)
		}
	}
}

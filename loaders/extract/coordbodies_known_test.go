package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestKnownBodyAfterAnd checks that a body the gazetteer knows, after
// "and" inside another body's capitalised name, is a second body, while
// an "and" inside one name still joins its words. All copy is invented.
func TestKnownBodyAfterAnd(t *testing.T) {
	ex := newExtractor(t)
	x := ex.Extract(article("H\nThe task force is led by the Office of Customs Fraud and Financial Crimes and IRS Criminal Investigation."))
	for _, want := range []string{"Office of Customs Fraud and Financial Crimes", "IRS Criminal Investigation"} {
		if !hasNamed(x, want, schema.Agency) {
			t.Errorf("entities = %+v, want agency %q", x.Entities, want)
		}
	}
	x = ex.Extract(article("H\nAgents of the Bureau of Alcohol, Tobacco, Firearms and Explosives seized 40 rifles."))
	if !hasEntity(x, "Bureau of Alcohol, Tobacco, Firearms and Explosives", schema.Agency) {
		t.Errorf("entities = %+v, want the whole bureau", x.Entities)
	}
	x = ex.Extract(article("H\nThe DEA and IRS-CI traced the money."))
	if !hasEntity(x, "IRS Criminal Investigation", schema.Agency) {
		t.Errorf("entities = %+v, want IRS Criminal Investigation by its acronym", x.Entities)
	}
}

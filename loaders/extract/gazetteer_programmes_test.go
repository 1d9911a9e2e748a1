package extract

import (
	"reflect"
	"testing"
)

// The sentences below are invented for this test; none is taken from an
// evaluation article.

// TestKnownProgrammes checks that programmes the beat cites in passing,
// which the gazetteer lists among its agreements, are agreements under any of their listed
// names, with the listed parties the text names.
func TestKnownProgrammes(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
		want       []string
	}{
		{"H\nOfficials in Tegucigalpa praised the Safe Mobility Offices that the United States opened, saying hundreds of families had applied.",
			"Safe Mobility Offices", []string{"United States"}},
		{"H\nThe minister said the Safe Mobility Initiative would open two more centres in the north.",
			"Safe Mobility Offices", nil},
		{"H\nThe senator recalled that the United States launched the Alliance for Progress to fund schools across the hemisphere.",
			"Alliance for Progress", []string{"United States"}},
		{"H\nThe mayor said the Food for Peace shipments from the United States reached the valley in March.",
			"Food for Peace", []string{"United States"}},
		{"H\nAgents in Mexico and the United States arrested the trafficker under the Bilateral Human Trafficking Enforcement Initiative, prosecutors said.",
			"Bilateral Human Trafficking Enforcement Initiative", []string{"Mexico", "United States"}},
	} {
		x := ex.Extract(article(c.text))
		got, found := agreementParties(x, c.name)
		if !found || !reflect.DeepEqual(got, c.want) {
			t.Errorf("Extract(%q): %s found %v parties %v, want %v (agreements %+v)", c.text, c.name, found, got, c.want, x.Agreements)
		}
	}
}

package extract

import "testing"

// TestKnownAgreementAfterPair: an agreement name opened by two states
// joined by a hyphen, followed by a known agreement's alias and its
// complement ("Chile-Peru Andean Port Framework on …"), is that known
// agreement, not a second one.
func TestKnownAgreementAfterPair(t *testing.T) {
	ex := extractorWithAgreement(t, "Andean Port Framework for Customs, Borders, and Safe Harbors\tAndean Port Framework\tChile;Peru\t")
	x := ex.Extract(article("H\nChile and Peru reviewed the Andean Port Framework. The ministers also praised the Chile-Peru Andean Port Framework on Customs, Borders, and Safe Harbors in Lima."))
	n := 0
	for _, e := range x.Entities {
		if e.Type == "Agreement" {
			n++
		}
	}
	if n != 1 || len(x.Agreements) != 1 {
		t.Errorf("agreements = %+v (entities %+v), want the one known framework", x.Agreements, x.Entities)
	}
}

package extract

import (
	"strings"
	"testing"
)

// TestShipOfficerRole checks that a title after a service's ship ("Coast
// Guard Cutter Alder commanding officer") is a post in that service, the
// officer of the ship, not the service's head. All copy is invented.
func TestShipOfficerRole(t *testing.T) {
	ex := newExtractor(t)
	text := "Coast Guard seizes cocaine\n\nThe crew seized drugs, said Cmdr. Rosalba Quintana, Coast Guard Cutter Alder commanding officer."
	x := ex.Extract(article(text))
	found := false
	for _, r := range x.Roles {
		if r.Person == "Rosalba Quintana" && r.Org == "U.S. Coast Guard" {
			found = true
		}
	}
	if !found {
		t.Errorf("Extract(%q) roles = %+v, want Rosalba Quintana in the U.S. Coast Guard", text, x.Roles)
	}
	for _, r := range x.Relations {
		if r.Subject == "Rosalba Quintana" && r.Predicate == "leads" && strings.Contains(r.Object, "Coast Guard") {
			t.Errorf("Extract(%q): %+v, want no head of the Coast Guard", text, r)
		}
	}
}

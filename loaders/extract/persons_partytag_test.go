package extract

import "testing"

// TestPartyTagName checks that a name a US party-and-state tag or a House
// district's tag follows is a person's though the given name is unknown
// ("signed by Representatives Zorvan Brantuna (MN-5) and …"), and that a
// parenthesised acronym after a body names no one. All copy is invented.
func TestPartyTagName(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"district tags in a signers' list",
			"Members Urge Port Inspections\n\nWASHINGTON - The letter was signed by U.S. Representatives Zorvan Brantuna (MN-5), Welmar Fosk (TX-37), and Quarl Tandori (NY-14).",
			[]string{"Zorvan Brantuna", "Welmar Fosk", "Quarl Tandori"}, nil},
		{"party-and-state tags",
			"Senators Urge Port Inspections\n\nWASHINGTON - The bill was led by Senators Velm Astrakan (D-Calif.) and Brisk Olunde (R-Texas).",
			[]string{"Velm Astrakan", "Brisk Olunde"}, nil},
		{"an acronym after a body",
			"Senators Urge Port Inspections\n\nWASHINGTON - The Quarl Tandori Authority (QTA) inspected the port.",
			nil, []string{"Quarl Tandori Authority", "Quarl Tandori"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkPersons(t, ex, c.text, c.want, c.not)
		})
	}
}

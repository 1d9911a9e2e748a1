package extract

import "testing"

// TestAgreementTopic: an agreement's head followed by a capitalised
// process noun names a topic about the agreement ("Border Agreement
// Implementation"), not the agreement; the agreement alone stays one.
func TestAgreementTopic(t *testing.T) {
	ex := newExtractor(t)
	cases := []struct{ name, text, want string }{
		{"a topic in a list", "H\nThe vice ministers of Chile and Peru discussed Counternarcotics, Port Security, and Border Agreement Implementation.", ""},
		{"negotiations", "H\nChile and Peru opened the Andean Trade Agreement Negotiations on Monday.", ""},
		{"the agreement itself", "H\nChile and Peru signed the Andean Trade Agreement on Monday.", "Andean Trade Agreement"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			agreementNamed(t, ex, c.text, c.want)
		})
	}
}

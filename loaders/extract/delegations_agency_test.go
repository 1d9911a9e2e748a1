package extract

import "testing"

// TestAgencyDelegationsAfterASemicolon checks that "representing BODY
// were …" lists an agency's delegates, also after a semicolon, each member
// serving the delegation opened last, and that a delegate's title does not
// make the delegate the agency's head. All copy is invented.
func TestAgencyDelegationsAfterASemicolon(t *testing.T) {
	text := "Readout of a Customs Meeting\n\nOfficials of the Harbor Customs Bureau met their counterparts from the Peruvian Ministry of Trade and Tariffs (MTT) on Monday.\n\nRepresenting the Harbor Customs Bureau were Deputy Director Ana Ruiz and other officials; representing MTT were Tariffs Chief Luis Vela, Administrator of Customs Rosa Pinto and other Peruvian officials.\n"
	checkRoles(t, []roleCase{
		{name: "the second delegation's member", text: text, person: "Luis Vela", org: "Peruvian Ministry of Trade and Tariffs"},
		{name: "another member", text: text, person: "Rosa Pinto", org: "Peruvian Ministry of Trade and Tariffs"},
		{name: "not the first delegation's", text: text, person: "Rosa Pinto", org: "Harbor Customs Bureau", neg: true},
		{name: "the first delegation's member, after \"the\"", text: text, person: "Ana Ruiz", org: "Harbor Customs Bureau"},
	})
	x := newExtractor(t).Extract(article(text))
	for _, r := range x.Relations {
		if r.Subject == "Luis Vela" && r.Predicate == "leads" {
			t.Errorf("a delegate heads the body: %+v", r)
		}
	}
}

package extract

import "testing"

// TestOneOfGroup checks that a person said to be "one of" a criminal
// group's people (in apposition, after a copula, or as the object of
// calling) is its member, or leads it when they are its leaders; and that
// one of a country's people is no member of anything. All copy is
// invented.
func TestOneOfGroup(t *testing.T) {
	checkRelCases(t, []relCase{
		{"apposition",
			"Police arrested Ramon Ortega Villa, one of the Gulf Cartel’s top lieutenants.",
			[]string{"Ramon Ortega Villa|memberOf|Gulf Cartel"}, nil},
		{"after a first description",
			"Police arrested Ramon Ortega Villa, a national and one of the Gulf Cartel’s original members.",
			[]string{"Ramon Ortega Villa|memberOf|Gulf Cartel"}, nil},
		{"object pronoun of calling, the gang named before",
			"Ramon Ortega Villa was charged with the Gulf Cartel killings. Investigators called him one of the gang’s most trusted members.",
			[]string{"Ramon Ortega Villa|memberOf|Gulf Cartel"}, nil},
		{"copula, its founders",
			"Ramon Ortega Villa is one of the Gulf Cartel’s founders.",
			[]string{"Ramon Ortega Villa|leads|Gulf Cartel"}, []string{"Ramon Ortega Villa|memberOf|Gulf Cartel"}},
	})
}

package extract

import "testing"

// TestMemberOfUmbrella checks that "operate under the umbrella of" a
// group, the way news copy places gangs and traffickers inside a larger
// organisation, reads as membership of every subject listed.
func TestMemberOfUmbrella(t *testing.T) {
	checkRelCases(t, []relCase{
		{"listed subjects operate under the umbrella of a cartel",
			"Luis Mena Soto, Carlos Ruiz Vega and Ana Ruiz Vega all operate under the umbrella of the Gulf Cartel.",
			[]string{"Luis Mena Soto|memberOf|Gulf Cartel", "Carlos Ruiz Vega|memberOf|Gulf Cartel", "Ana Ruiz Vega|memberOf|Gulf Cartel"}, nil},
	})
}

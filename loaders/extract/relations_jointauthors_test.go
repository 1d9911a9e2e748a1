package extract

import "testing"

// TestJointAuthorsStates: the officials who sign a joint statement
// together stand for their states; two officials of one state make no
// pair.
func TestJointAuthorsStates(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "two presidents of two states",
			text: "Joint Statement by Chilean President Rosa Vidal and Peruvian President Tomas Ugarte on Border Security\n\nThe two presidents spoke on Monday about border security.",
			want: []string{"Chile|cooperatesWith|Peru"},
			not:  []string{"Rosa Vidal|cooperatesWith|Tomas Ugarte"}},
		{name: "two ministers of one state",
			text: "Joint Statement by Interior Minister Rosa Vidal and Justice Minister Tomas Ugarte on the Border Agreement\n\nChile signed the border agreement on Monday.",
			not:  []string{"Rosa Vidal|cooperatesWith|Tomas Ugarte"}},
	})
}

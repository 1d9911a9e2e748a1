package extract

import "testing"

// TestRelativeClauseSkipped: a non-restrictive relative clause between a
// subject and its verbs ("X, which Y designated in May, controls A and
// works with B") names neither the subject nor the first of the verbs.
func TestRelativeClauseSkipped(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "which … , verb and verb",
			text: "Los Zetas, which Peru designated as a terrorist organisation in May, controls the mines and works with the Gulf Cartel.",
			want: []string{"Peru|designated|Los Zetas", "Los Zetas|cooperatesWith|Gulf Cartel"},
			not:  []string{"Peru|cooperatesWith|Gulf Cartel"}},
		{name: "who … , verb",
			text: "Minister Rosa Quintana, who Peru appointed in May, met with President Luis Arce.",
			want: []string{"Rosa Quintana|metWith|Luis Arce"},
			not:  []string{"Peru|metWith|Luis Arce"}},
	})
}

package extract

import "testing"

// TestTieVerbs: the subject of a verb that forges or keeps a partnership
// or cooperation "with" others holds that tie with each of them; not when
// the verb is negated or only hoped for.
func TestTieVerbs(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "forged partnerships with a list",
			text: "In recent months, Chile has forged partnerships with Peru, Bolivia, and Ecuador.",
			want: []string{"Chile|cooperatesWith|Peru", "Chile|cooperatesWith|Bolivia", "Chile|cooperatesWith|Ecuador"}},
		{name: "a person forged a partnership",
			text: "Minister Rosa Quintana has forged a partnership with Peru.",
			want: []string{"Rosa Quintana|cooperatesWith|Peru"}},
		{name: "built strong partnerships",
			text: "Chile has built strong partnerships with Peru.",
			want: []string{"Chile|cooperatesWith|Peru"}},
		{name: "deepened close cooperation",
			text: "Chile deepened close cooperation with Peru last year.",
			want: []string{"Chile|cooperatesWith|Peru"}},
		{name: "never built",
			text: "Chile has never built a partnership with Peru.",
			not:  []string{"Chile|cooperatesWith|Peru"}},
		{name: "hopes to build",
			text: "Chile hopes to build a partnership with Peru.",
			not:  []string{"Chile|cooperatesWith|Peru"}},
	})
}

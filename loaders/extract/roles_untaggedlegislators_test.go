package extract

import "testing"

// TestUntaggedPluralLegislators checks that a plural title of members of
// Congress gives each listed name the post with no party tag after it when
// the title is the US abbreviation or the text tags a legislator
// elsewhere, and not otherwise. All copy is invented.
func TestUntaggedPluralLegislators(t *testing.T) {
	ex := newExtractor(t)
	for _, tc := range []struct {
		name, text string
		people     []string
		want       bool
	}{
		{"abbreviation", "H\nSens. Dana Whitcomb and Kyle Ormsby introduced the bill on Tuesday.",
			[]string{"Dana Whitcomb", "Kyle Ormsby"}, true},
		{"tagged elsewhere", "H\nWASHINGTON – U.S. Senator Dana Whitcomb (R-Ohio) led a letter to the Secretary of State.\n\n" +
			"Senators Kyle Ormsby and Colleen Marr also signed the letter.",
			[]string{"Kyle Ormsby", "Colleen Marr"}, true},
		{"no US sign", "H\nSenators Kyle Ormsby and Colleen Marr of the governing coalition criticized the deal in Bogota.",
			[]string{"Kyle Ormsby", "Colleen Marr"}, false},
	} {
		x := ex.Extract(article(tc.text))
		for _, p := range tc.people {
			if got := hasRole(x, p, "United States"); got != tc.want {
				t.Errorf("%s: %s at United States = %v, want %v (roles %+v)", tc.name, p, got, tc.want, x.Roles)
			}
		}
	}
}

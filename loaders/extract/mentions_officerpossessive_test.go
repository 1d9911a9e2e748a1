package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestOfficerPossessiveBodies checks that a local office named after its
// officer's possessive keeps the possessive and the place before it, and
// that a place between commas written with an abbreviated state goes with
// the body.
func TestOfficerPossessiveBodies(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"a state's attorney's office",
			"H\nThe Harlow County State’s Attorney’s Office and the FBI investigated the case.",
			[]string{"Harlow County State’s Attorney’s Office"}, []string{"Attorney’s Office"}},
		{"a state's attorney office",
			"H\nAssistance came from the Dunmore County State’s Attorney Office.",
			[]string{"Dunmore County State’s Attorney Office"}, []string{"Attorney Office"}},
		{"a sheriff's department",
			"H\nDeputies of the Cole County Sheriff’s Department arrested Ana Ruiz.",
			[]string{"Cole County Sheriff’s Department"}, nil},
		{"a sheriff's department with no place",
			"H\nA caller is put through to the Sheriff’s Department at once.",
			nil, []string{"Sheriff’s Department"}},
		{"an abbreviated state between commas",
			"H\nThe Bexley County, Md., Police Department and the Tarrant, Nev., Police Department made the arrests.",
			[]string{"Bexley County, Md., Police Department", "Tarrant, Nev., Police Department"}, []string{"Police Department"}},
		{"a prosecutor's office after a state in full",
			"H\nThe Dunmore County, New Jersey, Prosecutor’s Office charged Luis Soto.",
			[]string{"Dunmore County, New Jersey, Prosecutor’s Office"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) { checkEntityNames(t, ex, c.text, c.want, c.not) })
	}
}

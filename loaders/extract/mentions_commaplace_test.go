package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestCommaPlaceBodies checks that a local body's generic name takes the
// town and state written before it between commas, and nothing else.
func TestCommaPlaceBodies(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"a town and a state abbreviation",
			"H\nThe case was investigated by the Lago Verde, N.M., Police Department and the FBI.",
			[]string{"Lago Verde, N.M., Police Department"}, []string{"Police Department"}},
		{"a county and a state in full",
			"H\nOfficers of the Pine Hollow County, Texas, Sheriff’s Office arrested Ana Ruiz.",
			[]string{"Pine Hollow County, Texas, Sheriff’s Office"}, []string{"Sheriff’s Office"}},
		{"a city and a country",
			"H\nThe DEA Ruritown, Colombia, Country Office led the inquiry.",
			[]string{"DEA Ruritown, Colombia, Country Office"}, nil},
		{"a named body after a place is not extended",
			"H\nIn Lago Verde, Texas, Homeland Security Investigations arrested Ana Ruiz.",
			nil, []string{"Lago Verde, Texas, Homeland Security Investigations"}},
		{"no state between the commas",
			"H\nAna Ruiz, Luis Soto, Police Department officers, testified.",
			nil, []string{"Ana Ruiz, Luis Soto, Police Department"}},
	} {
		t.Run(c.name, func(t *testing.T) { checkEntityNames(t, ex, c.text, c.want, c.not) })
	}
}

package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestRemitTail checks that a body's "for" remit goes on over a second
// complement in capitals opened by "in" or "with", and stops before a
// place, a month or a determiner.
func TestRemitTail(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"in and a field",
			"H\nThe Institute for Study and Teaching in Civic Freedoms denounced the arrest of Ana Ruiz.",
			[]string{"Institute for Study and Teaching in Civic Freedoms"}, []string{"Institute for Study and Teaching"}},
		{"with and a group",
			"H\nThe Committee for Support with Detained Journalists visited Luis Soto.",
			[]string{"Committee for Support with Detained Journalists"}, []string{"Committee for Support"}},
		{"a month ends the name",
			"H\nThe Institute for Rural Studies in May denounced the arrest of Ana Ruiz.",
			[]string{"Institute for Rural Studies"}, []string{"Institute for Rural Studies in May"}},
		{"a known place ends the name",
			"H\nThe Institute for Rural Studies in Mexico denounced the arrest of Ana Ruiz.",
			[]string{"Institute for Rural Studies"}, []string{"Institute for Rural Studies in Mexico"}},
		{"a determiner ends the name",
			"H\nThe Institute for Rural Studies in the Valley denounced the arrest of Ana Ruiz.",
			[]string{"Institute for Rural Studies"}, []string{"Institute for Rural Studies in the Valley"}},
	} {
		t.Run(c.name, func(t *testing.T) { checkEntityNames(t, ex, c.text, c.want, c.not) })
	}
}

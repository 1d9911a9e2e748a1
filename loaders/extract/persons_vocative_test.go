package extract

import "testing"

// TestVocative checks that a known given name by which a transcript's
// speaker calls on someone is a person, and that a given name in a list
// of guests, the first name of someone named in full, or a given name
// outside a transcript is not read so. All copy is invented.
func TestVocative(t *testing.T) {
	ex := newExtractor(t)
	const turns = "MR. VELLANO: Good afternoon.\n\nQ: On the port?\n\nMR. VELLANO: Next question.\n\n"
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"called on at the start of a turn",
			"H\n\n" + turns + "MODERATOR: Sure thing. Travis.\n\nQ: Thank you. Will the talks go on?",
			[]string{"Travis"}, nil},
		{"addressed between commas",
			"H\n\n" + turns + "MR. VELLANO: That is, as you know, Travis, our long-standing policy.",
			[]string{"Travis"}, nil},
		{"a list of guests",
			"H\n\n" + turns + "MR. VELLANO: Welcome, Secretary Quellbrand, Travis, who will join us shortly.",
			nil, []string{"Travis"}},
		{"the first name of someone named in full",
			"BRIEFING BY TRAVIS VELLANO\n\n" + turns + "Q Travis, still on the port: will you act?",
			nil, []string{"Travis"}},
		{"no transcript",
			"H\n\nThe port reopened. Travis, the new ship, left on Monday.",
			nil, []string{"Travis"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkPersons(t, ex, c.text, c.want, c.not)
		})
	}
}

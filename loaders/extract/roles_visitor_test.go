package extract

import "testing"

// TestVisitorNotHost checks that a bare office whose holder is said to
// travel to the country the article is mostly about is not that country's;
// the country's own officials keep it. All copy is invented.
func TestVisitorNotHost(t *testing.T) {
	ex := newExtractor(t)
	for _, tc := range []struct {
		name, text, person, want, not string
	}{
		{"traveled to", "H\nActing Assistant Secretary Rhona Delacourt traveled to Peru on Monday to discuss maritime security with Peru's navy. " +
			"Peru and the United States signed a memorandum in 2023. Peru has increased patrols, and Peru's coast guard seized two boats.",
			"Rhona Delacourt", "United States", "Peru"},
		{"visited", "H\nDeputy Secretary Tomas Brandt visited Ecuador on Tuesday. Ecuador and the United States agreed to share radar data. " +
			"Ecuador has deployed troops to its ports, and Ecuador's navy will lead the patrols.",
			"Tomas Brandt", "United States", "Ecuador"},
		{"host's own minister", "H\nInterior Minister Rosa Quenta said on Monday that Peru would add patrols. " +
			"Peru and the United States signed a memorandum in 2023. Peru's coast guard seized two boats.",
			"Rosa Quenta", "Peru", "United States"},
	} {
		x := ex.Extract(article(tc.text))
		if !hasRole(x, tc.person, tc.want) || hasRole(x, tc.person, tc.not) {
			t.Errorf("%s: roles = %+v, want %s at %s, not %s", tc.name, x.Roles, tc.person, tc.want, tc.not)
		}
	}
}

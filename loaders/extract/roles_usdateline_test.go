package extract

import "testing"

// TestUSDatelinedLegislator checks that under a US dateline, a hyphen
// glued to it too ("Washington, D.C.- "), "Congressman X" with no party tag
// holds the office for the United States, even when an apposition names
// his committee; with no dateline it stays unplaced, as a congressman of
// another country may be. All copy is invented.
func TestUSDatelinedLegislator(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"glued hyphen dateline", "Statement on Fishing\n\nWashington, D.C.- Today, Congressman Harold Pellman issued the following statement on fishing.\n", true},
		{"committee apposition", "Statement on Fishing\n\nWASHINGTON – Congressman Harold Pellman, Vice-Chairman of the House Fisheries Committee, issued a statement.\n", true},
		{"no dateline", "Statement on Fishing\n\nCongressman Harold Pellman issued a statement on fishing.\n", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if got := hasRole(x, "Harold Pellman", "United States"); got != c.want {
				t.Errorf("role at United States = %v, want %v; roles = %+v", got, c.want, x.Roles)
			}
		})
	}
}

package extract

import "testing"

// TestHomeMembersOf checks that a bare "Congress" counted by its Members or
// pointed at with "this" stays the US Congress next to another country,
// and that a bare "Congress" after another country's news is still that
// country's. All copy is invented.
func TestHomeMembersOf(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"Members of Congress after a foreign country",
			"Harbour Interdiction\n\nThe Bahamian authorities seized the boat last spring. Several other Members of Congress got involved, and the patrols resumed.",
			[]string{"U.S. Congress"}, []string{"Bahamian congress"}},
		{"this Congress",
			"Harbour Interdiction\n\nPeru signed the accord last week. I urge this Congress to approve it before the recess.",
			[]string{"U.S. Congress"}, []string{"Peruvian congress"}},
		{"a foreign country's bare Congress",
			"Harbour Interdiction\n\nPeru's president sent the accord to Lima's lawmakers. Congress approved it on Friday.",
			nil, []string{"U.S. Congress"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkAgencies(t, c.text, ex.Extract(article(c.text)), c.want, c.not)
		})
	}
}

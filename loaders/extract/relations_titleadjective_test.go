package extract

import "testing"

// TestIngTitleAdjective: an -ing form of a cue right before a title
// ("commanding general", "leading official") qualifies the title; the
// subject of the sentence does not do the act.
func TestIngTitleAdjective(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "commanding general in an apposition of the one met",
			text: "Gen. Ana Ruiz met with Peruvian Army Gen. Tomas Herrera, commanding general of the Peruvian Military Forces, in Lima.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera"},
			not:  []string{"Ana Ruiz|leads|Peruvian Military Forces"}},
		{name: "the verb before its object still leads",
			text: "Gen. Tomas Herrera, commanding the Peruvian Military Forces since May, met with Gen. Ana Ruiz.",
			want: []string{"Tomas Herrera|leads|Peruvian Military Forces"}},
	})
}

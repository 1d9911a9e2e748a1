package extract

import "testing"

// TestStateOfficialAt: a state's possessive before an unnamed title at a
// meeting is the official the article names with that title, not the
// state; with no holder named, no one.
func TestStateOfficialAt(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "the holder named in the body",
			text: "Chile's Minister of Defense visits Lima\n\nChilean Minister of Defense Carla Ruiz met with Peruvian Minister of Defense Tomas Hale on Monday in Lima.",
			want: []string{"Carla Ruiz|metWith|Tomas Hale"},
			not:  []string{"Chile|metWith|Peru"}},
		{name: "a holder of another title is not the official",
			text: "Chile's foreign minister met with Minister of Defense Tomas Hale of Peru on Tuesday. Chilean Minister of Defense Carla Ruiz stayed in Santiago.",
			not:  []string{"Carla Ruiz|metWith|Tomas Hale", "Chile|metWith|Tomas Hale"}},
		{name: "the official named after the title",
			text: "Chile's Minister of Defense Carla Ruiz met with Minister of Defense Tomas Hale of Peru on Tuesday.",
			want: []string{"Carla Ruiz|metWith|Tomas Hale"}},
	})
}

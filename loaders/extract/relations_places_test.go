package extract

import "testing"

// TestMetAtPlaceAfterAdjunct: a meal or a time between a bare "met" and
// its place leaves the place a place: the coordinated subjects met each
// other, not the body the place names.
func TestMetAtPlaceAfterAdjunct(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a meal before the place",
			text: "Secretary Tomas Herrera and President Ana Ruiz met for breakfast at the Pentagon this morning.",
			want: []string{"Tomas Herrera|metWith|Ana Ruiz"},
			not:  []string{"Tomas Herrera|metWith|Department of Defense", "Ana Ruiz|metWith|Department of Defense"}},
		{name: "a working lunch",
			text: "Secretary Tomas Herrera and President Ana Ruiz met for a working lunch at the Pentagon.",
			want: []string{"Tomas Herrera|metWith|Ana Ruiz"},
			not:  []string{"Ana Ruiz|metWith|Department of Defense"}},
		{name: "a time before the place",
			text: "Secretary Tomas Herrera and President Ana Ruiz met on Tuesday at the Pentagon.",
			want: []string{"Tomas Herrera|metWith|Ana Ruiz"},
			not:  []string{"Ana Ruiz|metWith|Department of Defense"}},
	})
}

package extract

import "testing"

// TestSharedHeadStates: a state and a demonym coordinated before one
// noun ("U.S. and Peruvian police") are the two states; a body named on
// its own stays the body.
func TestSharedHeadStates(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "police worked together",
			text: "For years, U.S. and Peruvian police have worked together against smuggling.",
			want: []string{"United States|cooperatesWith|Peru"}},
		{name: "combined efforts of forces",
			text: "Officials said the combined efforts of U.S. and Ecuadorian forces have weakened the gang.",
			want: []string{"United States|cooperatesWith|Ecuador"}},
		{name: "a body named alone",
			text: "The United States worked with the Peruvian police to train new officers.",
			not:  []string{"United States|cooperatesWith|Peru"}},
	})
}

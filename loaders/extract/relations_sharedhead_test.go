package extract

import "testing"

// TestSharedHeadStates: a state and a demonym coordinated before one
// noun ("U.S. and Peruvian police") are the two states; a body with a
// name of its own stays the body.
func TestSharedHeadStates(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "police worked together",
			text: "For years, U.S. and Peruvian police have worked together against smuggling.",
			want: []string{"United States|cooperatesWith|Peru"}},
		{name: "coordinated operations of forces",
			text: "Officials said the coordinated operations of U.S. and Ecuadorian forces have weakened the gang.",
			want: []string{"United States|cooperatesWith|Ecuador"}},
		{name: "a body with a name of its own",
			text: "The United States worked with the Peruvian National Police to train new officers.",
			want: []string{"United States|cooperatesWith|Peruvian National Police"},
			not:  []string{"United States|cooperatesWith|Peru"}},
	})
}

// TestGenericBodyState: a body named only by its country and a common
// noun, cooperating with another state, is its state.
func TestGenericBodyState(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "the U.S. military and a state",
			text: "The ministers agreed to deepen cooperation between the U.S. military and Peru's security forces.",
			want: []string{"United States|cooperatesWith|Peru"},
			not:  []string{"U.S. military|cooperatesWith|Peru"}},
	})
}

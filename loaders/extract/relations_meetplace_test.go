package extract

import "testing"

// TestMeetingPlaceNoPartner: a body named after "at" once a meeting's
// object search has passed other words is where the meeting was held,
// not a partner ("hosted the minister at the Pentagon").
func TestMeetingPlaceNoPartner(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "an unnamed guest at a seat",
			text: "Secretary Tomas Herrera hosted the Chilean defense minister at the Pentagon on Monday.",
			not:  []string{"Tomas Herrera|metWith|Department of Defense"}},
		{name: "a named guest still met",
			text: "Secretary Tomas Herrera hosted Chilean Defense Minister Ana Ruiz at the Pentagon on Monday.",
			want: []string{"Tomas Herrera|metWith|Ana Ruiz"},
			not:  []string{"Tomas Herrera|metWith|Department of Defense"}},
		{name: "met with a body right after the cue",
			text: "Secretary Tomas Herrera met with the Pentagon's leadership on Monday.",
			want: []string{"Tomas Herrera|metWith|Department of Defense"}},
	})
}

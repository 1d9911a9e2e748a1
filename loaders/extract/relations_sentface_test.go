package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestSentToFace: a person an active verb sends "to face charges in Y" is
// that verb's object, charged by Y; the person sent with no state named
// for the charges is left to the handover rules, and a passive's subject
// stays the person.
func TestSentToFace(t *testing.T) {
	checkRelCases(t, []relCase{
		{"extradited the head … to face charges in a state",
			"Kingpin Extradited\n\nPeru has extradited the leader of the country's largest gang to face murder charges in the United States. Officials said an airplane brought the leader of the Los Toros gang Carlos Vega Ruiz to Miami on Friday.",
			[]string{"United States|charged|Carlos Vega Ruiz"}, nil},
		{"extradited a named person",
			"News\n\nPeru extradited Carlos Vega, 41, to face drug charges in the United States.",
			[]string{"United States|charged|Carlos Vega", "Peru|extradited|Carlos Vega"}, []string{"Peru|charged|Carlos Vega"}},
		{"no state named for the charges",
			"News\n\nDENVER - Officers turned Carlos Vega, 41, over to the Peruvian police to face murder charges.",
			nil, []string{"United States|charged|Carlos Vega"}},
	})
}

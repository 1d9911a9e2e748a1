package extract

import "testing"

// TestThanksAsSupport: thanking a state ("thanked Peru for its work") is
// support of it; thanking a person or a body is courtesy, and "thanks to"
// is no verb.
func TestThanksAsSupport(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "thanked a state",
			text: "Minister Tomas Abreu Lira of Chile thanked Peru for its work to protect the border.",
			want: []string{"Tomas Abreu Lira|supports|Peru"}},
		{name: "a state thanks a state",
			text: "Chile thanks Peru for its leadership in the region.",
			want: []string{"Chile|supports|Peru"}},
		{name: "thanked a person",
			text: "Minister Tomas Abreu Lira of Chile thanked President Ana Maria Soto of Peru for her hospitality.",
			not:  []string{"Tomas Abreu Lira|supports|Ana Maria Soto"}},
		{name: "thanks to",
			text: "Chile seized the cargo thanks to Peru and its police.",
			not:  []string{"Chile|supports|Peru"}},
	})
}

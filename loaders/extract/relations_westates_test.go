package extract

import "testing"

// TestWeMetStates: "we held a meeting with A and B" in a speaker's own
// words is their government's meeting with those states; a trilateral one
// puts A and B together too; a meeting with a person is not the
// government's.
func TestWeMetStates(t *testing.T) {
	const head = "Secretary Ruiz Speaks in Asuncion\n\nSecretary of Homeland Security Ana Ruiz of the United States gave the following remarks to border officials in Asuncion on Friday.\n\n"
	checkRelCases(t, []relCase{
		{name: "a trilateral meeting with two states",
			text: head + "Good afternoon. Last week we held a trilateral meeting with Bolivia and Peru on river crossings.",
			want: []string{"United States|metWith|Bolivia", "United States|metWith|Peru", "Bolivia|metWith|Peru"}},
		{name: "a bilateral meeting",
			text: head + "Good evening. Last month we held a meeting with Bolivia.",
			want: []string{"United States|metWith|Bolivia"}},
		{name: "a person met",
			text: head + "Good evening. Last month we held a meeting with President Tomas Herrera of Bolivia.",
			not:  []string{"United States|metWith|Tomas Herrera"}},
	})
}

package extract

import "testing"

// TestEventModifierObject: a body named as a modifier in the capitalised
// name of a hosted gathering is no guest; a body hosted is. The copy is
// invented.
func TestEventModifierObject(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a state naming an awards ceremony",
			text: "Today, Minister Tomas Hale of Peru hosted the Chile Border Coordinator (CBC) Awards Ceremony in Lima.",
			not:  []string{"Tomas Hale|metWith|Chile"}},
		{name: "a person hosted",
			text: "Today, Minister Tomas Hale of Peru hosted Minister Carla Ruiz of Chile in Lima.",
			want: []string{"Tomas Hale|metWith|Carla Ruiz"}},
	})
}

package extract

import "testing"

// TestGuestsMeetSmallTable: the guests of one host meet each other at a
// small table; the guests of a host's gathering of many met the host only.
// The copy is invented.
func TestGuestsMeetSmallTable(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "two guests of one host",
			text: "Foreign Minister Tomas Hale of Peru hosted Minister Carla Ruiz of Chile and Minister Ana Vidal of Bolivia for the river dialogue.",
			want: []string{"Tomas Hale|metWith|Carla Ruiz", "Tomas Hale|metWith|Ana Vidal", "Carla Ruiz|metWith|Ana Vidal"}},
		{name: "representatives of many states",
			text: "Today, Adviser Tomas Hale hosted diplomatic representatives from Chile, Bolivia, Ecuador, Uruguay and Paraguay to discuss the river crisis.",
			want: []string{"Tomas Hale|metWith|Chile", "Tomas Hale|metWith|Paraguay"},
			not:  []string{"Chile|metWith|Bolivia", "Ecuador|metWith|Uruguay", "Bolivia|metWith|Paraguay"}},
	})
}

// TestObjectEndsAtNextPredicate: the object of a meeting ends where a
// second predicate of the same subject begins; a state named in that
// predicate is no partner. The copy is invented.
func TestObjectEndsAtNextPredicate(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "unnamed guests, then a second predicate",
			text: "Foreign Minister Tomas Hale of Peru met today with 12 leaders of the Andean region and underscored the importance Chile places on the river.",
			not:  []string{"Tomas Hale|metWith|Chile"}},
		{name: "a named guest before the second predicate",
			text: "Foreign Minister Tomas Hale of Peru met today with Minister Carla Ruiz of Chile and underscored the importance of the river.",
			want: []string{"Tomas Hale|metWith|Carla Ruiz"}},
	})
}

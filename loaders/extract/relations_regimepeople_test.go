package extract

import "testing"

// TestRegimePeople: support of a people whose state the text calls a
// regime is no support of the state; support of another people is.
func TestRegimePeople(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "the people of a state called a regime",
			text: "The United States imposed visa restrictions on officials of the Paraguayan regime. The United States remains committed to supporting the Paraguayan people.",
			not:  []string{"United States|supports|Paraguay"}},
		{name: "the people of a state under a leader's regime",
			text: "The Treasury sanctioned allies of President Tadeo Ruelas of Paraguay. The Ruelas regime jailed hundreds of protesters. The United States remains committed to supporting the people of Paraguay.",
			not:  []string{"United States|supports|Paraguay"}},
		{name: "the people of a state not called a regime",
			text: "The United States sent food to Paraguay after the storm. The United States remains committed to supporting the people of Paraguay.",
			want: []string{"United States|supports|Paraguay"}},
		{name: "a named leader before the people",
			text: "The senators met exiles who fled the Ruelas regime. The United States reaffirmed its support for President Ines Calvo of Paraguay and the Paraguayan people.",
			want: []string{"United States|supports|Ines Calvo"}},
	})
}

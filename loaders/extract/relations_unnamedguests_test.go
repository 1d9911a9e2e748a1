package extract

import "testing"

// TestUnnamedGuests: people who met with others the sentence does not name
// did not meet each other; people who met, naming no one, did. The copy is
// invented.
func TestUnnamedGuests(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "met with members of a council",
			text: "Readout\n\nToday, Senator Nora Quill, Senator Dov Brandt and Senator Lila Sorensen met with members of the Sheriffs Council to discuss border security.",
			not:  []string{"Lila Sorensen|metWith|Dov Brandt", "Dov Brandt|metWith|Nora Quill", "Lila Sorensen|metWith|Nora Quill"}},
		{name: "met with the leaders of civil society",
			text: "Readout\n\nSenator Nora Quill and Senator Dov Brandt met with the leaders of civil society groups on Monday.",
			not:  []string{"Dov Brandt|metWith|Nora Quill"}},
		{name: "met, naming no one else",
			text: "Readout\n\nSenator Nora Quill and Senator Dov Brandt met on Monday to discuss border security.",
			want: []string{"Dov Brandt|metWith|Nora Quill"}},
	})
}

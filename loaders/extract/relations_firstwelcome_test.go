package extract

import "testing"

// TestFirstPersonWelcomes: a speaker honored to welcome people present met
// each of them; a welcome of a thing, or a hoped-for one, is none. The copy
// is invented.
func TestFirstPersonWelcomes(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "remarks: the speaker welcomes two senators",
			text: "Remarks by President Tomas Hale Before a Meeting on Migration\n\nToday I’m honored to welcome leaders of the city council, and Senator Nora Quill and Senator Dov Brandt to discuss migration.",
			want: []string{"Tomas Hale|metWith|Nora Quill", "Tomas Hale|metWith|Dov Brandt"}},
		{name: "a welcome of a decision",
			text: "Remarks by President Tomas Hale on Migration\n\nI am pleased to welcome the decision of Senator Nora Quill to back the bill.",
			not:  []string{"Tomas Hale|metWith|Nora Quill"}},
		{name: "a hoped-for welcome",
			text: "Remarks by President Tomas Hale on Migration\n\nI would be honored to welcome Senator Nora Quill next year.",
			not:  []string{"Tomas Hale|metWith|Nora Quill"}},
	})
}

package extract

import "testing"

// TestChairedWith: chairing or co-chairing a meeting or a framework's
// session with people is meeting them; the framework's name may stand
// between the verb and "with".
func TestChairedWith(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "co-chaired a working group with two officials",
			text: "On May 3, Assistant Secretary Ana Ruiz co-chaired the 12th annual U.S.-Peru Border Working Group with Peruvian Vice Minister of Defense, Ms. Lucia Vargas and Vice Minister of the Interior, Mr. Tomas Herrera.",
			want: []string{"Ana Ruiz|metWith|Lucia Vargas", "Ana Ruiz|metWith|Tomas Herrera"}},
		{name: "chaired a meeting with a minister",
			text: "Assistant Secretary Ana Ruiz chaired the meeting with Vice Minister Lucia Vargas.",
			want: []string{"Ana Ruiz|metWith|Lucia Vargas"}},
		{name: "a chair of a body is no meeting",
			text: "Senator Mario Quispe, chair of the border committee with Chile, said Vice Minister Tomas Herrera resigned.",
			not:  []string{"Mario Quispe|metWith|Tomas Herrera", "Mario Quispe|metWith|Chile"}},
		{name: "another preposition before with",
			text: "Assistant Secretary Ana Ruiz chaired a session on the border with Vice Minister Lucia Vargas in attendance.",
			not:  []string{"Ana Ruiz|metWith|Lucia Vargas"}},
	})
}

package extract

import "testing"

// TestHostThanks: a speaker who thanks a person by name for hosting has
// met them; thanks to a government for hosting an event are no meeting.
func TestHostThanks(t *testing.T) {
	const head = "Under Secretary Ana Ruiz's Prepared Statement at the Border Forum\n\n"
	checkRelCases(t, []relCase{
		{name: "thank you, X, for hosting",
			text: head + "I thank Minister Tomas Herrera and the Paraguayan team for hosting us in Encarnacion.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera"}},
		{name: "a government thanked",
			text: head + "The United States thanks the Government of Paraguay for hosting the ministerial.",
			not:  []string{"Ana Ruiz|metWith|Paraguay", "United States|metWith|Paraguay"}},
	})
}

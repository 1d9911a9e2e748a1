package extract

import "testing"

// TestHostThanks: a speaker who thanks a person by name for hosting has
// met them; thanks to a government for hosting an event are no meeting.
func TestHostThanks(t *testing.T) {
	const head = "Under Secretary Ana Ruiz's Opening Remarks to the Border Dialogue\n\n"
	checkRelCases(t, []relCase{
		{name: "thank you, X, for hosting",
			text: head + "Thank you, Minister Tomas Herrera and distinguished colleagues from Paraguay, for hosting this meeting.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera"}},
		{name: "a government thanked",
			text: head + "The United States thanks the Government of Paraguay for hosting the ministerial.",
			not:  []string{"Ana Ruiz|metWith|Paraguay", "United States|metWith|Paraguay"}},
	})
}

package extract

import "testing"

// TestMeetingFrames: a clause set in a meeting by a fronted phrase, whose
// verb addresses a person, says its subject met that person.
func TestMeetingFrames(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "congratulated during their meeting",
			text: "Additionally, during their first bilateral meeting, Secretary Ana Ruiz congratulated President Tomas Herrera on his inauguration.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera"}},
		{name: "thanked in the call",
			text: "In the call, President Lucia Vargas thanked Prime Minister Pablo Ortega for his support.",
			want: []string{"Lucia Vargas|metWith|Pablo Ortega"}},
		{name: "a person discussed, not addressed",
			text: "During the meeting, Secretary Ana Ruiz discussed the extradition of Tomas Herrera.",
			not:  []string{"Ana Ruiz|metWith|Tomas Herrera"}},
		{name: "a state thanked",
			text: "During the meeting, Secretary Ana Ruiz thanked Chile for its cooperation.",
			not:  []string{"Ana Ruiz|metWith|Chile"}},
		{name: "no meeting phrase",
			text: "In the statement, Secretary Ana Ruiz praised President Tomas Herrera.",
			not:  []string{"Ana Ruiz|metWith|Tomas Herrera"}},
	})
}

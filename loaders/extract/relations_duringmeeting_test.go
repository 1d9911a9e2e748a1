package extract

import "testing"

// TestMeetingFrames: a clause set in a meeting by a fronted phrase, whose
// verb addresses a person, says its subject met that person.
func TestMeetingFrames(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "congratulated during their meeting",
			text: "Later, during their brief private meeting, Secretary Ana Ruiz congratulated President Tomas Herrera on the harbor reopening.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera"}},
		{name: "a frame with a place and a time",
			text: "Ministers Meet in Lima\n\nDuring their meeting in Lima this morning, Chilean Foreign Minister Ana Ruiz congratulated Peruvian Foreign Minister Tomas Herrera on the new border accord.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera"}},
		{name: "officials named together after their first meeting on a date",
			text: "Interior Ministers Meet in Montevideo\n\nAt their first meeting on March 9, 2021, Uruguayan Interior Minister Raul Benet and Ecuadorian Interior Minister Julio Casares agreed to widen their shared river patrols.",
			want: []string{"Raul Benet|metWith|Julio Casares"}},
		{name: "traffickers named together meet a third party",
			text: "Arms Brokers Extradited\n\nDuring their recorded meetings, Pavel Dorn and Ivo Marek gave the informants price lists.",
			not:  []string{"Pavel Dorn|metWith|Ivo Marek"}},
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

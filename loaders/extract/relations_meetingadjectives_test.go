package extract

import "testing"

// TestMeetingAdjectives: a meeting noun after an adjective of its kind
// ("a separate meeting", "a telephone call") is the noun, and a fronted
// phrase holding it gives the clause's subject as the one who met.
func TestMeetingAdjectives(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "during a separate meeting",
			text: "Secretary Ana Ruiz visited Lima on Monday. During a separate meeting with Labor Minister Tomas Herrera, Secretary Ruiz discussed job creation.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera"}},
		{name: "in a telephone conversation",
			text: "Senator Ana Ruiz spoke about the border. In a telephone conversation with Minister Lucia Vargas of Peru, Senator Ruiz raised the case.",
			want: []string{"Ana Ruiz|metWith|Lucia Vargas"}},
		{name: "a separate meeting planned",
			text: "Secretary Ana Ruiz visited Lima on Monday. A possible separate meeting with Labor Minister Tomas Herrera was not held.",
			not:  []string{"Ana Ruiz|metWith|Tomas Herrera"}},
	})
}

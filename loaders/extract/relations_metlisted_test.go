package extract

import "testing"

// TestMetPeopleListed: a meeting with a group of officials that a list
// then names is a meeting with each person listed, not with the state a
// demonym names; what the list's people do after it is not part of it.
func TestMetPeopleListed(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a group of leaders, listed with titles and semicolons",
			text: "Ambassador Ana Ruiz later met with a group of senior Bolivian leaders, including the president's chief of staff, Tomas Herrera; Minister of Health, Lucia Vargas; and Vice Minister of Defense, Col. Mario Quispe.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera", "Ana Ruiz|metWith|Lucia Vargas", "Ana Ruiz|metWith|Mario Quispe"},
			not:  []string{"Ana Ruiz|metWith|Bolivia"}},
		{name: "officials such as",
			text: "Ambassador Ana Ruiz met with Bolivian officials such as Tomas Herrera and Lucia Vargas on Monday.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera", "Ana Ruiz|metWith|Lucia Vargas"}},
		{name: "a clause after the list",
			text: "Ambassador Ana Ruiz met with senior Bolivian officials, including Tomas Herrera, who briefed her on talks with Minister Lucia Vargas.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera"},
			not:  []string{"Ana Ruiz|metWith|Lucia Vargas"}},
	})
}

package extract

import "testing"

// TestJointPressConferences: persons who give a press conference together
// have met; one who gives it alone has met no one.
func TestJointPressConferences(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a joint press conference",
			text: "Foreign Minister Ana Ruiz and Secretary of State Tomas Herrera held a joint press conference in Asuncion on Monday.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera"}},
		{name: "with the other",
			text: "Defense Secretary Ana Ruiz held a news conference with Paraguayan Defense Minister Tomas Herrera after their talks.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera"}},
		{name: "alongside the other, over a place",
			text: "Secretary Ana Ruiz answered questions at a press conference in Asuncion, Paraguay, alongside President Tomas Herrera.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera"}},
		{name: "a conference of one's own",
			text: "President Tomas Herrera said at his morning press conference that Minister Ana Ruiz would travel to Lima.",
			not:  []string{"Ana Ruiz|metWith|Tomas Herrera"}},
		{name: "with reporters",
			text: "Minister Ana Ruiz told a news conference with reporters in Asuncion that President Tomas Herrera had approved the plan.",
			not:  []string{"Ana Ruiz|metWith|Tomas Herrera"}},
	})
}

// TestJointAppearance: a person speaking at a joint appearance with
// another met them; an appearance alone is none.
func TestJointAppearance(t *testing.T) {
	checkRelCases(t, []relCase{
		{"joint appearance with",
			"\"The ports are safer now,\" Secretary of State Dan Ruel said at a joint appearance with President Mario Lasso of Ecuador.",
			[]string{"Dan Ruel|metWith|Mario Lasso"}, nil},
		{"an appearance alone",
			"Secretary of State Dan Ruel said at an appearance in Quito that President Mario Lasso of Ecuador had acted.",
			nil, []string{"Dan Ruel|metWith|Mario Lasso"}},
	})
}

package extract

import "testing"

// TestWelcomedToAgency: welcoming a person to a ministry's seat ("to the
// Pentagon", "to the Department of State") is a meeting, as welcoming one
// to a capital is; welcoming a decision is none.
func TestWelcomedToAgency(t *testing.T) {
	const us = "WASHINGTON — "
	checkRelCases(t, []relCase{
		{"to the Pentagon", us + "Secretary of Defense Mark Nolte welcomed Honduran Defense Minister Rosa Calle to the Pentagon on Thursday.",
			[]string{"Mark Nolte|metWith|Rosa Calle"}, nil},
		{"to the Department of State", us + "Secretary of State Dan Ruel welcomed Argentine Security Minister Lia Vargas to the Department of State on Friday.",
			[]string{"Dan Ruel|metWith|Lia Vargas"}, nil},
		{"a decision", us + "Secretary of State Dan Ruel welcomed the decision of Argentine Security Minister Lia Vargas to join the Department of State program.",
			nil, []string{"Dan Ruel|metWith|Lia Vargas"}},
	})
}

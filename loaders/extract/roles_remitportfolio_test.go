package extract

import "testing"

// TestRemitAfterPortfolio checks offices written with a portfolio and then
// a remit ("Vice Minister of Defense for Strategy and Planning X"): the
// whole is the title, the portfolio names the ministry or department, and
// the remit does not hide whose office it is.
func TestRemitAfterPortfolio(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "state office, no comma",
			text:   "H\nVice Minister of Defense for Strategy and Planning Jairo Lusk led the delegation. The talks were held in Lima, Peru.",
			person: "Jairo Lusk", title: "Vice Minister of Defense for Strategy and Planning", org: "Peru"},
		{name: "the department of the portfolio, comma and honorific",
			text:   "H\nThe Department of Defense sent a team to Lima. Assistant Secretary of Defense for Andean Affairs, Mr. Daniel Quintrell, led it.",
			person: "Daniel Quintrell", org: "Department of Defense"},
		{name: "a minister heads no department",
			text:   "H\nThe Department of Defense sent a team to Lima. It met Vice Minister of Defense for Planning, Mr. Jairo Lusk, on Monday.",
			person: "Jairo Lusk", org: "Department of Defense", neg: true},
	})
}

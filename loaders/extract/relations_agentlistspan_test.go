package extract

import "testing"

// TestLongAgentList: "investigated by A, B, C, D and E, with assistance
// from F" credits F beside the agents, however long their list; F
// supports none of them. A clause subject before the phrase is still
// helped.
func TestLongAgentList(t *testing.T) {
	checkRelCases(t, []relCase{
		{"long credits list",
			"Ring Sentenced\n\nThis case was investigated by the Harlan County Sheriff’s Office, the Pike County and Lowell County Police Departments, the Pike County State’s Attorney’s Office, the Ridgefield Police Department and the Lowell County State’s Attorney’s Office, with assistance from the Marion County Sheriff’s Office, the Tulare Harbor Patrol and the State Bureau of Prisons.",
			nil, []string{"Marion County Sheriff’s Office|supports|Ridgefield Police Department", "State Bureau of Prisons|supports|Lowell County State’s Attorney’s Office"}},
		{"clause subject",
			"The Paraguayan government, with help from Brazil, is making strides against smugglers.",
			[]string{"Brazil|supports|Paraguay"}, nil},
	})
}

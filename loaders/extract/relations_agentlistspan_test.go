package extract

import "testing"

// TestLongAgentList: "investigated by A, B, C, D and E, with assistance
// from F" credits F beside the agents, however long their list; F
// supports none of them. A clause subject before the phrase is still
// helped.
func TestLongAgentList(t *testing.T) {
	checkRelCases(t, []relCase{
		{"long credits list",
			"Smuggling Crew Convicted\n\nThe inquiry was investigated by the Dunmore Township Sheriff’s Office, the Ashby and Kettering Police Departments, the Ashby District Prosecutor’s Office, the Wexford Police Department and the Kettering District Prosecutor’s Office, with assistance from the Corran Valley Sheriff’s Office, the Tolland Marine Unit and the Regional Corrections Bureau.",
			nil, []string{"Corran Valley Sheriff’s Office|supports|Wexford Police Department", "Regional Corrections Bureau|supports|Kettering District Prosecutor’s Office"}},
		{"clause subject",
			"The Paraguayan government, with help from Brazil, is making strides against smugglers.",
			[]string{"Brazil|supports|Paraguay"}, nil},
	})
}

package extract

import "testing"

// TestAssistedActors: an assistance credit after a list of more than two
// investigators pairs the helper with the first only; after two, with
// both.
func TestAssistedActors(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a long list of investigators",
			text: "The Federal Bureau of Investigation, the Riverton Police Department, the Oakvale Police Department and the Marlow County Sheriff’s Office investigated the case, with assistance from the Chilean National Police.",
			want: []string{"Federal Bureau of Investigation|cooperatesWith|Chilean National Police"},
			not:  []string{"Oakvale Police Department|cooperatesWith|Chilean National Police", "Marlow County Sheriff’s Office|cooperatesWith|Chilean National Police"}},
		{name: "two investigators",
			text: "The smuggling ring was investigated by the Oakvale Police Department and the Marlow County Sheriff’s Office, with assistance from the Chilean National Police.",
			want: []string{"Oakvale Police Department|cooperatesWith|Chilean National Police", "Marlow County Sheriff’s Office|cooperatesWith|Chilean National Police"}},
		{name: "a joint act after a long list",
			text: "The Federal Bureau of Investigation, the Riverton Police Department and the Oakvale Police Department, in close coordination with the Chilean National Police, arrested the suspects.",
			want: []string{"Oakvale Police Department|cooperatesWith|Chilean National Police"}},
	})
}

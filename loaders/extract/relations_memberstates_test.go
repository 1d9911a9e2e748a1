package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestMemberStatesInList: "BODY member states" inside a list of parties
// stands for the body, so the list reads on past it.
func TestMemberStatesInList(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "member nations mid-list",
			text: "The United States, CARICOM member nations, and Peru work together on port security.",
			want: []string{"United States|cooperatesWith|Peru", "Caribbean Community|cooperatesWith|Peru", "United States|cooperatesWith|Caribbean Community"}},
		{name: "acronym before member states",
			text: "Chile, the Caribbean Community (CARICOM) member states, and Peru work together on port security.",
			want: []string{"Chile|cooperatesWith|Peru", "Caribbean Community|cooperatesWith|Chile"}},
	})
}

package extract

import "testing"

// TestHubState: a framework the text sets between one state and a region
// binds that state with each other party, and not the others with each
// other; a framework among states alone binds each with each.
func TestHubState(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "region-state dialogue",
			text: "Joint Statement of the Central America-United States Security Dialogue\n\n" +
				"The Governments of the United States, Belize and Panama signed the Central America-United States Security Dialogue Charter in Belmopan.",
			want: []string{"United States|cooperatesWith|Belize", "United States|cooperatesWith|Panama"},
			not:  []string{"Belize|cooperatesWith|Panama"}},
		{name: "states only",
			text: "Peru, Bolivia and Chile signed the Lima Border Security Agreement.",
			want: []string{"Peru|cooperatesWith|Bolivia", "Peru|cooperatesWith|Chile"}},
	})
}

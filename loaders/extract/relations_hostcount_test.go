package extract

import "testing"

// TestHostsCount: states that host a count of people (a number, a share)
// host residents, not guests, and meet no one; states that host each
// other's envoys still meet. All copy is invented.
func TestHostsCount(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a share of migrants",
			text: "Three countries – Paraguay, Bolivia and Uruguay – are hosting over 70 percent of the migrants in the region.",
			not:  []string{"Paraguay|metWith|Bolivia", "Bolivia|metWith|Uruguay", "Paraguay|metWith|Uruguay"}},
		{name: "a number of refugees",
			text: "Paraguay and Bolivia host nearly 40,000 refugees between them.",
			not:  []string{"Paraguay|metWith|Bolivia"}},
		{name: "a guest",
			text: "Paraguay hosted Bolivia for talks on the river border.",
			want: []string{"Paraguay|metWith|Bolivia"}},
	})
}

package extract

import "testing"

// TestForGerundDonor: support given "for providing" is given by the one
// the phrase is said of, named right before "for", not by the agency
// acting on it; an unnamed one gives no support.
func TestForGerundDonor(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "named target",
			text: "The Treasury sanctioned Juan Vela Ortiz for providing material support to the Quellar Cartel.",
			want: []string{"Juan Vela Ortiz|supports|Quellar Cartel"},
			not:  []string{"Department of the Treasury|supports|Quellar Cartel"}},
		{name: "unnamed targets",
			text: "The Treasury designated four Paraguayan nationals for providing material support to the Quellar Cartel.",
			not:  []string{"Department of the Treasury|supports|Quellar Cartel"}},
	})
}

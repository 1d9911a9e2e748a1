package extract

import "testing"

// TestIntoCustody: "A took X into custody" is an arrest of X by A, each
// person named before "into custody" included; a negated taking is none.
// All copy is invented.
func TestIntoCustody(t *testing.T) {
	const lead = "The Los Halcones cartel operates in Colombia and Mexico. "
	checkRelCases(t, []relCase{
		{name: "took X into custody",
			text: lead + "The Colombian National Police took Ramiro Vasquez-Lunar, 45, into custody in Cali.",
			want: []string{"Colombian National Police|arrested|Ramiro Vasquez-Lunar"}},
		{name: "two people",
			text: lead + "The Colombian National Police took Ramiro Vasquez-Lunar and Elena Ortega Baez, 39, into custody in Cali.",
			want: []string{"Colombian National Police|arrested|Ramiro Vasquez-Lunar", "Colombian National Police|arrested|Elena Ortega Baez"}},
		{name: "negated",
			text: lead + "The Colombian National Police did not take Ramiro Vasquez-Lunar, 45, into custody.",
			not:  []string{"Colombian National Police|arrested|Ramiro Vasquez-Lunar"}},
	})
}

package extract

import "testing"

// TestLawEnforcementPeers: a demonym before "law enforcement counterparts"
// names the state a body works with, and a body acting "through" its part
// is the actor. All copy is invented.
func TestLawEnforcementPeers(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "two departments with a state's law enforcement counterparts",
			text: "Smuggling Ring Dismantled in Peru\n\nSince 2015, the Department of Justice and the Department of Homeland Security have collaborated with Peruvian law enforcement counterparts in a joint initiative against smuggling rings.",
			want: []string{"Department of Justice|cooperatesWith|Peru", "Department of Homeland Security|cooperatesWith|Peru"},
			not:  []string{"Department of Homeland Security|cooperatesWith|Department of Justice"}},
		{name: "federal law enforcement counterparts",
			text: "Smuggling Ring Dismantled in Peru\n\nThe Department of Justice has collaborated with Peruvian federal law enforcement counterparts for ten years.",
			want: []string{"Department of Justice|cooperatesWith|Peru"}},
		{name: "a department acting through its part",
			text: "Smuggling Ring Dismantled in Peru\n\nSince 2015, the Department of Homeland Security through Homeland Security Investigations has collaborated with Peruvian law enforcement counterparts.",
			want: []string{"Department of Homeland Security|cooperatesWith|Peru"},
			not:  []string{"Homeland Security Investigations|cooperatesWith|Peru"}},
	})
}

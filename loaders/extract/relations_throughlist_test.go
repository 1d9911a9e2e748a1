package extract

import "testing"

// TestThroughList: the bodies a department acts through, listed in a
// parenthetical "through" phrase, are its means, not partners of one
// another. All copy is invented.
func TestThroughList(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a department working through its agencies",
			text: "New Plan Against Arms Smuggling\n\nThe Department of Justice, through the U.S. Marshals Service (USMS), the Drug Enforcement Administration and the Federal Bureau of Investigation (FBI), will work to trace smuggled rifles.",
			not: []string{"Federal Bureau of Investigation|cooperatesWith|U.S. Marshals Service",
				"Drug Enforcement Administration|cooperatesWith|Federal Bureau of Investigation",
				"U.S. Marshals Service|cooperatesWith|Drug Enforcement Administration"}},
		{name: "a coordinated subject before the list keeps its tie",
			text: "New Plan Against Arms Smuggling\n\nThe Department of Justice and the Department of Homeland Security, through the Federal Bureau of Investigation and Homeland Security Investigations, will work together to investigate arms smugglers.",
			want: []string{"Department of Homeland Security|cooperatesWith|Department of Justice"},
			not:  []string{"Federal Bureau of Investigation|cooperatesWith|Homeland Security Investigations"}},
		{name: "a plain coordinated subject still works together",
			text: "New Plan Against Arms Smuggling\n\nThe Federal Bureau of Investigation and the Drug Enforcement Administration will work together to investigate arms smugglers.",
			want: []string{"Drug Enforcement Administration|cooperatesWith|Federal Bureau of Investigation"}},
	})
}

package extract

import "testing"

// TestTitleHolderAfterComma: a state's official named after a comma
// ("Peru's foreign minister, X") is the actor, not the state.
func TestTitleHolderAfterComma(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a meeting between two officials set off by commas",
			text: "The decision came after a meeting in Lima between Peru's foreign minister, Tomas Herrera, and the Chilean ambassador, Lucia Vargas.",
			want: []string{"Tomas Herrera|metWith|Lucia Vargas"},
			not:  []string{"Peru|metWith|Tomas Herrera", "Peru|metWith|Chile", "Tomas Herrera|metWith|Chile"}},
		{name: "a call with a state's president",
			text: "Peru won a reprieve after a phone call between President Ana Ruiz and Chile's president, Mario Quispe.",
			want: []string{"Ana Ruiz|metWith|Mario Quispe"},
			not:  []string{"Ana Ruiz|metWith|Chile"}},
		{name: "no name after the comma",
			text: "President Ana Ruiz met with Chile's foreign minister, who arrived on Monday.",
			want: []string{"Ana Ruiz|metWith|Chile"}},
	})
}

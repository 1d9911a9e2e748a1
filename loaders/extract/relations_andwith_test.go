package extract

import "testing"

// TestAndWithPartners: a partner named after "and with", right after a
// partner of a meeting read in the sentence, was met by the same person;
// not when no meeting comes before.
func TestAndWithPartners(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "meet with B and with C",
			text: "Advisor Ana Ruiz travelled to La Paz to meet with President Tomas Herrera and with Foreign Minister Lucia Vargas to advance cooperation.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera", "Ana Ruiz|metWith|Lucia Vargas"}},
		{name: "and with after no meeting",
			text: "Advisor Ana Ruiz praised President Tomas Herrera and with Minister Lucia Vargas later toured the port.",
			not:  []string{"Ana Ruiz|metWith|Lucia Vargas"}},
	})
}

package extract

import "testing"

// TestFloatingEach: a floating "each" between the auxiliary and the verb
// ("were each sentenced") keeps the group passive and its subjects the
// ones the act falls on.
func TestFloatingEach(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "were each sentenced",
			text: "Smugglers Sentenced\n\nWASHINGTON — Ramon Villa Cruz and Pedro Alvarado Ruiz were each sentenced to 20 years in prison in the United States.",
			want: []string{"United States|convicted|Ramon Villa Cruz", "United States|convicted|Pedro Alvarado Ruiz"}},
	})
}

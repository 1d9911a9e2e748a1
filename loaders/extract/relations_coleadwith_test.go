package extract

import "testing"

// TestLeadWith: "lead with X" names who leads beside the subject, not what
// the subject leads; an object before "with" is still led.
func TestLeadWith(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "co-lead with a body's official",
			text: "Assistant Secretary Maria Lopez Vera will travel to Peru, where she will co-lead with Drug Enforcement Administration Deputy Administrator Juan Pablo Serrano the U.S. delegation to the dialogue.",
			not:  []string{"Maria Lopez Vera|leads|Drug Enforcement Administration"}},
		{name: "led a group with a partner",
			text: "Ramon Villa Cruz led the Sinaloa Cartel with his brother for a decade.",
			want: []string{"Ramon Villa Cruz|leads|Sinaloa Cartel"}},
	})
}

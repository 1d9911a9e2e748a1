package extract

import "testing"

// TestIdentifiedAsDesignated: identifying someone as a Specially
// Designated kind is designating them; identifying someone otherwise is
// not.
func TestIdentifiedAsDesignated(t *testing.T) {
	const head = "Treasury Targets Fentanyl Network\n\nWASHINGTON — Today, the U.S. Department of the Treasury’s Office of Foreign Assets Control (OFAC) sanctioned a network linked to the Sinaloa Cartel.\n\n"
	checkRelCases(t, []relCase{
		{name: "identified as an SDNT",
			text: head + "OFAC identified Ramon Villa Cruz as a Specially Designated Narcotics Trafficker under the Kingpin Act.",
			want: []string{"Office of Foreign Assets Control|designated|Ramon Villa Cruz", "Office of Foreign Assets Control|sanctioned|Ramon Villa Cruz"}},
		{name: "identified otherwise",
			text: head + "OFAC identified Ramon Villa Cruz as the owner of a pharmacy.",
			not:  []string{"Office of Foreign Assets Control|designated|Ramon Villa Cruz", "Office of Foreign Assets Control|sanctioned|Ramon Villa Cruz"}},
	})
}

package extract

import "testing"

// TestActionTargets: in a sanctions office's release, "Today's action
// targets X" is the office's sanction of X; with no sanctions office it
// is not.
func TestActionTargets(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "today's action targets",
			text: "Treasury Targets Fentanyl Network\n\nWASHINGTON — Today, the U.S. Department of the Treasury’s Office of Foreign Assets Control (OFAC) sanctioned a network linked to the Sinaloa Cartel.\n\nToday’s action also targets Quimicos Delta S.A., a company in Culiacan.",
			want: []string{"Office of Foreign Assets Control|sanctioned|Quimicos Delta S.A."}},
		{name: "no sanctions office",
			text: "Police Target Gang\n\nLIMA — Peru's police announced a crackdown. Today's action targets the Los Toros gang.",
			not:  []string{"Office of Foreign Assets Control|sanctioned|Los Toros"}},
	})
}

package extract

import "testing"

// TestActionPartners: a release's "action" carried out with other bodies
// makes the body that did the act cooperate with each of them, not with
// one another; parts of a listed state and modifiers are not partners.
func TestActionPartners(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "the action was taken in coordination with",
			text: "Port officials welcome crackdown\n\nWASHINGTON — The U.S. Treasury Department on Monday sanctioned Tomas Herrera, a Paraguayan accountant.\n\nThe action was taken in close coordination with Paraguay's National Police and the Federal Bureau of Investigation.",
			want: []string{"U.S. Treasury Department|cooperatesWith|Federal Bureau of Investigation", "U.S. Treasury Department|cooperatesWith|Paraguayan National Police"},
			not:  []string{"U.S. Treasury Department|cooperatesWith|Paraguay"}},
		{name: "a coordinated investigation by a list: the actor's partners, not each other's",
			text: "Treasury acts on money launderers\n\nToday, the Office of Foreign Assets Control (OFAC) sanctioned Marco Salas, a Uruguayan lawyer.\n\nToday's action is the culmination of a coordinated investigation by the Drug Enforcement Administration, the Federal Bureau of Investigation, and the Government of Uruguay.",
			want: []string{"Office of Foreign Assets Control|cooperatesWith|Drug Enforcement Administration",
				"Office of Foreign Assets Control|cooperatesWith|Federal Bureau of Investigation",
				"Office of Foreign Assets Control|cooperatesWith|Uruguay"},
			not: []string{"Drug Enforcement Administration|cooperatesWith|Federal Bureau of Investigation"}},
		{name: "the actor coordinated this action with a state and partners including bodies",
			text: "Treasury acts on money launderers\n\nToday, the Office of Foreign Assets Control (OFAC) sanctioned Marco Salas, a Uruguayan lawyer. OFAC coordinated this action with the Government of Uruguay, as well as U.S. Government partners, including the Drug Enforcement Administration and Homeland Security Investigations.",
			want: []string{"Office of Foreign Assets Control|cooperatesWith|Uruguay",
				"Office of Foreign Assets Control|cooperatesWith|Drug Enforcement Administration",
				"Office of Foreign Assets Control|cooperatesWith|Homeland Security Investigations"},
			not: []string{"Office of Foreign Assets Control|cooperatesWith|United States"}},
		{name: "an action that targets a body names no partner",
			text: "Treasury acts on money launderers\n\nToday, the Office of Foreign Assets Control (OFAC) sanctioned Marco Salas, a Uruguayan lawyer. This action targets the Sinaloa Cartel and follows work with the Drug Enforcement Administration.",
			not:  []string{"Office of Foreign Assets Control|cooperatesWith|Drug Enforcement Administration"}},
	})
}

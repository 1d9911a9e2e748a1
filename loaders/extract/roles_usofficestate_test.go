package extract

import "testing"

// TestSecretaryOfStateUS checks that "Secretary of State X" written whole,
// with no state, is the US office even where the sentence names only the
// other side, and that a Secretary of State with a remit is not. All copy
// is invented.
func TestSecretaryOfStateUS(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "other side marked",
			text:   "H\nSecretary of State Tomas Wexley spoke with Panamanian President Luis Arosemena Vidal.\n",
			person: "Tomas Wexley", title: "Secretary of State", org: "United States"},
		{name: "not the host's",
			text:   "H\nSecretary of State Tomas Wexley spoke with Panamanian President Luis Arosemena Vidal.\n",
			person: "Tomas Wexley", org: "Panama", neg: true},
		{name: "a remit is another state's style",
			text:   "H\nIn Port-au-Prince, Secretary of State for Public Security Rene Baptiste Olivier met Haitian President Luc Marcel.\n",
			person: "Rene Baptiste Olivier", org: "United States", neg: true},
	})
}

package extract

import "testing"

// TestPossessorServiceState checks that a bare armed service opening the
// title coordinated after "STATE's TITLE NAME and" is that state's, not
// the service a bare name means by default. All copy is invented.
func TestPossessorServiceState(t *testing.T) {
	text := "H\nOn Monday the officials met with Peru's Defense Minister Ana Vidal and Navy Secretary Daniel Soto in Lima.\n"
	checkRoles(t, []roleCase{
		{name: "the possessor's navy", text: text, person: "Daniel Soto", org: "Peru"},
		{name: "not the default navy", text: text, person: "Daniel Soto", org: "U.S. Navy", neg: true},
		{name: "a service named with its state stays",
			text:   "H\nOn Monday the officials met with Peru's Defense Minister Ana Vidal and U.S. Navy Secretary Daniel Soto in Lima.\n",
			person: "Daniel Soto", org: "Peru", neg: true},
	})
}

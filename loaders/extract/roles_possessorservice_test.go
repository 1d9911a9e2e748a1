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

// TestListOpenerServiceState checks that a bare armed service opening the
// last title of a list that a nationality or a state's body opens ("Peruvian
// Army Commander Gen. A, Commander of Naval Operations Adm. B, and Air
// Force Commander Gen. C") is that state's, with the service in the post's
// title, and that a list whose items hold other words leaves it alone. All
// copy is invented.
func TestListOpenerServiceState(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "nationality opens the list",
			text:   "H\nThe admiral also met with Peruvian Army Commander Gen. Ana Vidal Soto, Commander of Naval Operations Adm. Luis Mena Paz, and Air Force Commander Gen. Daniel Soto Ruiz in Lima.\n",
			person: "Daniel Soto Ruiz", title: "Air Force Commander", org: "Peru"},
		{name: "not the default air force",
			text:   "H\nThe admiral also met with Peruvian Army Commander Gen. Ana Vidal Soto, Commander of Naval Operations Adm. Luis Mena Paz, and Air Force Commander Gen. Daniel Soto Ruiz in Lima.\n",
			person: "Daniel Soto Ruiz", org: "U.S. Air Force", neg: true},
		{name: "an item with a clause",
			text:   "H\nThe admiral also met with Peruvian Army Commander Gen. Ana Vidal Soto, who hosted him, and Air Force Commander Gen. Daniel Soto Ruiz in Lima.\n",
			person: "Daniel Soto Ruiz", org: "Peru", neg: true},
	})
}

// TestPairOpenerServiceState checks that a nationality or a state's body
// opening the titled name before "and" gives its state to a title that a
// bare armed service opens after it, with no comma between ("Colombian
// Army Commander Gen. A and Navy Commander Adm. B"), and that the home
// state's own body leaves the service its default. All copy is invented.
func TestPairOpenerServiceState(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "state's body opens the pair",
			text:   "H\nThe admiral met Colombian Army commander Gen. Ana Vidal Soto and Navy commander Adm. Luis Mena Paz in Bogotá.\n",
			person: "Luis Mena Paz", org: "Colombia"},
		{name: "not the default navy",
			text:   "H\nThe admiral met Colombian Army commander Gen. Ana Vidal Soto and Navy commander Adm. Luis Mena Paz in Bogotá.\n",
			person: "Luis Mena Paz", org: "U.S. Navy", neg: true},
		{name: "nationality opens the pair",
			text:   "H\nPeruvian Defense Minister Ana Vidal Soto and Navy Commander Adm. Luis Mena Paz visited Callao.\n",
			person: "Luis Mena Paz", org: "Peru"},
		{name: "the home state's body",
			text:   "H\nU.S. Army Gen. Ana Vidal Soto and Navy Adm. Luis Mena Paz visited Lima.\n",
			person: "Luis Mena Paz", org: "Peru", neg: true},
	})
}

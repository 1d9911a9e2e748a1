package extract

import "testing"

// TestTelevisionOpensName: "Television" opening a channel's name, as
// "Radio" does, keeps the name from running back over the journalist
// before it. All copy is invented.
func TestTelevisionOpensName(t *testing.T) {
	head := "Ruritania 2018 Human Rights Report: Freedom of Speech\n\n"
	checkRoles(t, []roleCase{
		{name: "journalist of a channel", text: head + "In the melee a guard allegedly assaulted journalist Carlos Mendez Ortiz of Television Norte and broke a camera.\n",
			person: "Carlos Mendez Ortiz", org: "Television Norte"},
	})
}

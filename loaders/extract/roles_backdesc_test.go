package extract

import "testing"

// TestBackDescriptionRoles checks that "The [hedge] TITLE of BODY" opening
// a sentence as its subject, right after a sentence naming one person,
// gives that person the post; not when the sentence before names two
// people, nor when the description is not the subject. All copy is
// invented.
func TestBackDescriptionRoles(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "hedged leader", text: "Boss held\n\nSoldiers captured Ramon Quintero Salas near Tulum on Sunday. The reputed leader of the Tarija Cartel was with two guards.\n",
			person: "Ramon Quintero Salas", org: "Tarija Cartel"},
		{name: "plain head", text: "Boss held\n\nPolice detained Maria Arce Montes in Cusco on Friday. The head of the Puma Gang faces trial in June.\n",
			person: "Maria Arce Montes", org: "Puma Gang"},
		{name: "two people before", text: "Boss held\n\nSoldiers captured Ramon Quintero Salas and Maria Arce Montes near Tulum. The reputed leader of the Tarija Cartel was with two guards.\n",
			person: "Ramon Quintero Salas", org: "Tarija Cartel", neg: true},
		{name: "not the subject", text: "Boss held\n\nSoldiers captured Ramon Quintero Salas near Tulum on Sunday. The leader of the Tarija Cartel and two guards escaped.\n",
			person: "Ramon Quintero Salas", org: "Tarija Cartel", neg: true},
	})
}

package extract

import "testing"

// TestResponsibleForRemit checks that a title whose remit follows
// "responsible for" ("Deputy Minister responsible for Port Safety")
// is one title, before the body it is at and the name. All copy is
// invented.
func TestResponsibleForRemit(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "title, remit, body, comma, name",
			text:   "Talks\n\nPeru sent the Vice Minister of Security, Marta Olguin; and the Principal Deputy Minister responsible for Port Safety at the Ministry of Security, Pedro Salas.",
			person: "Pedro Salas", title: "Principal Deputy Minister responsible for Port Safety", org: "Peruvian security ministry"},
	})
}

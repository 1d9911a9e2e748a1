package extract

import "testing"

// TestResponsibleForRemit checks that a title whose remit follows
// "responsible for" ("Deputy Minister responsible for Crime Prevention")
// is one title, before the body it is at and the name. All copy is
// invented.
func TestResponsibleForRemit(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "title, remit, body, comma, name",
			text:   "Talks\n\nPeru was represented by the Deputy Minister of Security, Ana Ruiz; and the Senior Assistant Deputy Minister responsible for Crime Prevention at the Ministry of Security, Pedro Salas.",
			person: "Pedro Salas", title: "Senior Assistant Deputy Minister responsible for Crime Prevention", org: "Peruvian security ministry"},
	})
}

package extract

import "testing"

// TestListIntroRoles checks that a line ending with a colon that says what
// the people listed under it are gives each that post, and that a line
// naming no post gives none. All copy is invented.
func TestListIntroRoles(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "who are leaders of a cartel", text: "H\nThe Treasury named two men, who are leaders of the Golfo Cartel:\n- Mario Eduardo Quintero Lopez (alias \"El Flaco\")\n- Ana Maria Ruiz Ortega",
			person: "Ana Maria Ruiz Ortega", title: "leader", org: "Golfo Cartel"},
		{name: "first item", text: "H\nThe Treasury named two men, who are leaders of the Golfo Cartel:\n- Mario Eduardo Quintero Lopez (alias \"El Flaco\")\n- Ana Maria Ruiz Ortega",
			person: "Mario Eduardo Quintero Lopez", title: "leader", org: "Golfo Cartel"},
		// membership of a gang is a tie (memberOf), no post: roles_membership.go
		{name: "were designated and are senior members", text: "H\nTwo more were designated and are senior members of the Golfo Cartel:\n- Ana Maria Ruiz Ortega",
			person: "Ana Maria Ruiz Ortega", org: "Golfo Cartel", neg: true},
		{name: "a line naming no post", text: "H\nThe police met the Golfo Cartel:\n- Ana Maria Ruiz Ortega",
			person: "Ana Maria Ruiz Ortega", org: "Golfo Cartel", neg: true},
	})
}

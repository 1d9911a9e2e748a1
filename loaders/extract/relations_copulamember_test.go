package extract

import "testing"

// TestCopulaAssociate: "X is a known associate of Y" and "X is an
// operative for Y" make X a member of the group Y; an associate of a
// person is no membership.
func TestCopulaAssociate(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "associate of a cartel",
			text: "Gang Members Removed\n\nWASHINGTON — Ramon Villa Cruz is a known associate of the Sinaloa Cartel.",
			want: []string{"Ramon Villa Cruz|memberOf|Sinaloa Cartel"}},
		{name: "operative for",
			text: "Gang Members Removed\n\nWASHINGTON — Ramon Villa Cruz is an operative for the Gulf Cartel.",
			want: []string{"Ramon Villa Cruz|memberOf|Gulf Cartel"}},
		{name: "associate of a person",
			text: "Gang Members Removed\n\nWASHINGTON — Ramon Villa Cruz was arrested. Pedro Alvarado Ruiz is an associate of Ramon Villa Cruz.",
			not:  []string{"Pedro Alvarado Ruiz|memberOf|Ramon Villa Cruz"}},
	})
}

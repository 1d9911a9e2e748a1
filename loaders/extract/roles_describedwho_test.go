package extract

import "testing"

// TestDescribedWhoRole: "X, a former police officer who headed the
// cartel" gives X the post the clause states, at the group the noun
// refers back to; a description with a name of its own, or a verb that
// heads nothing, gives none. All copy is invented.
func TestDescribedWhoRole(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "a description, then who and a group noun",
			text:   "Boss Killed\n\nPolice said the Gulf Cartel lost its chief. The dead man was Ramiro Quintal, a former police officer who headed the cartel.\n",
			person: "Ramiro Quintal", org: "Gulf Cartel"},
		{name: "a description, then who and the group's name",
			text:   "Boss Killed\n\nThe dead man was Ramiro Quintal, a 41-year-old trucker who ran the Gulf Cartel for a decade.\n",
			person: "Ramiro Quintal", org: "Gulf Cartel"},
		{name: "a verb that heads nothing",
			text:   "Boss Killed\n\nPolice said the Gulf Cartel lost its chief. The dead man was Ramiro Quintal, a former police officer who fought the cartel.\n",
			person: "Ramiro Quintal", org: "Gulf Cartel", neg: true},
	})
}

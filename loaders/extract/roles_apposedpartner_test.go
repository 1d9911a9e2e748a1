package extract

import "testing"

// TestAppositionBeforeTitledPartner checks that an apposition ended by
// "and" and a second titled name is the first name's title, not the second
// name's: "A, deputy commander of X and Air Force Col. B, …".
func TestAppositionBeforeTitledPartner(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "acronym body, ranked partner after a service",
			text:   "H\nNavy Capt. Orrin Vale, SOUTHCOM deputy director of logistics and Army Col. Petra Lund, SOUTHCOM chief of plans, toured the port.",
			person: "Orrin Vale", title: "", org: "U.S. Southern Command"},
		{name: "the partner keeps its own title",
			text:   "H\nNavy Capt. Orrin Vale, SOUTHCOM deputy director of logistics and Army Col. Petra Lund, SOUTHCOM chief of plans, toured the port.",
			person: "Petra Lund", title: "", org: "U.S. Southern Command"},
		{name: "titled partner without a service",
			text:   "H\nMarta Quiroga, director of the Federal Police and Deputy Minister Tomas Ilave, met the delegation.",
			person: "Marta Quiroga", title: "director", org: "Federal Police"},
		{name: "a title right before a name is still that name's",
			text:   "H\nThe talks drew Ana Ruiz, Deputy Director Tomas Ilave and others.",
			person: "Ana Ruiz", title: "Deputy Director", neg: true},
	})
}

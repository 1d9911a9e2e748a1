package extract

import "testing"

// TestFromBody checks a titled name whose body follows "from": the body is
// the post's, a possessed unit's rather than its owner's when the owner is
// itself a unit. All copy is invented.
func TestFromBody(t *testing.T) {
	head := "H\nWASHINGTON — A gang member was sentenced today, the Justice Department announced.\n\n"
	checkRoles(t, []roleCase{
		{name: "owner's unit", text: head + "The case was prosecuted by Trial Attorney Sam Pizarro from the Criminal Division's Gang Unit.\n",
			person: "Sam Pizarro", title: "Trial Attorney", org: "Gang Unit"},
		{name: "not the owner unit", text: head + "The case was prosecuted by Trial Attorney Sam Pizarro from the Criminal Division's Gang Unit.\n",
			person: "Sam Pizarro", org: "Criminal Division", neg: true},
		{name: "comma before from", text: head + "Assistance was provided by Special Litigation Counsel Andrew P. Kleinman, from the Civil Rights Division.\n",
			person: "Andrew P. Kleinman", title: "Special Litigation Counsel", org: "Civil Rights Division"},
		{name: "plural title, first name", text: head + "The case is being prosecuted by Trial Attorneys Chet Baines and Roy Connell from the Justice Department's Civil Rights Division.\n",
			person: "Chet Baines", title: "Trial Attorney", org: "Civil Rights Division"},
		{name: "plural title, last name", text: head + "The case is being prosecuted by Trial Attorneys Chet Baines and Roy Connell from the Justice Department's Civil Rights Division.\n",
			person: "Roy Connell", title: "Trial Attorney", org: "Civil Rights Division"},
		{name: "untitled name", text: head + "The tip came from Maria Dolan from the Civil Rights Division.\n",
			person: "Maria Dolan", org: "Civil Rights Division", neg: true},
	})
}

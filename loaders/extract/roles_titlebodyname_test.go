package extract

import "testing"

// TestTitleBodyNameRoles: in a list whose items read "TITLE, BODY, NAME"
// each person holds the title at the body; an item whose words before the
// body name a person is no such title. All copy is invented.
func TestTitleBodyNameRoles(t *testing.T) {
	list := "Delegation\n\nThe Secretary was joined by Senator Mark Hale; Deputy Assistant Secretary of State for Andean Affairs, U.S. Department of State, Ana Ruiz; and Special Assistant to the President and Senior Director for Trade, National Security Council, Carlos M. Ortiz.\n"
	checkRoles(t, []roleCase{
		{name: "an item after a semicolon", text: list, person: "Ana Ruiz", org: "Department of State"},
		{name: "the last item, after 'and'", text: list, person: "Carlos M. Ortiz", org: "National Security Council"},
		{name: "a person before the body is no title",
			text:   "Talks\n\nPresent at the talks: Minister Lucia Vargas, National Security Council, Carlos M. Ortiz.\n",
			person: "Carlos M. Ortiz", org: "National Security Council", neg: true},
	})
}

// TestTitleBodyNameNamesAPerson: the name closing a "TITLE, BODY, NAME"
// item is a person's though its given name is unknown to the gazetteer.
// All copy is invented.
func TestTitleBodyNameNamesAPerson(t *testing.T) {
	list := "Delegation\n\nThe Secretary was joined by Assistant Secretary of State for Andean Affairs, U.S. Department of State, Ana Ruiz; " +
		"Under Secretary of Commerce for Trade, U.S. Department of Commerce, Ilsabet Quell; and others.\n"
	checkRoles(t, []roleCase{
		{name: "unknown given name", text: list, person: "Ilsabet Quell", org: "Department of Commerce"},
	})
	ex := newExtractor(t)
	if x := ex.Extract(article("Talks\n\nPresent at the talks: Minister Lucia Vargas, National Security Council, Ilsabet Quell.\n")); hasEntity(x, "Ilsabet Quell", "Person") {
		t.Errorf("a person before the body: Ilsabet Quell is a person; entities %+v", x.Entities)
	}
}

package extract

import "testing"

// TestCourtActor: a court, jury or judge that sentences or convicts
// stands for the state whose court it is (here the dateline's); a
// subject that is no court gives none.
func TestCourtActor(t *testing.T) {
	const head = "Smuggler Sentenced\n\nWASHINGTON — Prosecutors said cocaine was smuggled into the United States.\n\n"
	checkRelCases(t, []relCase{
		{name: "the court",
			text: head + "The court sentenced Jorge Ortiz Lara to 15 years in prison.",
			want: []string{"United States|convicted|Jorge Ortiz Lara"}},
		{name: "a named judge",
			text: head + "U.S. District Judge Maria Lopez Vera sentenced Jorge Ortiz Lara to 15 years in prison.",
			want: []string{"United States|convicted|Jorge Ortiz Lara"}},
		{name: "not a court",
			text: head + "The report sentenced Jorge Ortiz Lara to obscurity.",
			not:  []string{"United States|convicted|Jorge Ortiz Lara"}},
	})
}

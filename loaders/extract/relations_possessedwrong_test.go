package extract

import "testing"

// TestPossessedWrongs: a wrong written as an actor's possession in the
// text's own prose ("the X government's repression") is the author's
// accusation of X; a possession that is no wrong, an attack on an actor,
// or a quoted phrase is not.
func TestPossessedWrongs(t *testing.T) {
	const head = "Statement by Peruvian Foreign Minister Elena Varga\n\n"
	checkRelCases(t, []relCase{
		{name: "the regime's repression after a preposition",
			text: head + "Peru is imposing visa restrictions in response to the Bolivian regime's violent repression of peaceful marchers.",
			want: []string{"Peru|accused|Bolivia"}},
		{name: "modifiers before the wrong",
			text: head + "Peru remains concerned about the Chilean government's ongoing human rights abuses.",
			want: []string{"Peru|accused|Chile"}},
		{name: "attacks on values",
			text: head + "Peru will hold officials accountable for the Bolivian regime's attacks on democracy and civil liberties.",
			want: []string{"Peru|accused|Bolivia"}},
		{name: "attacks on an actor are attacks",
			text: head + "Peru followed the Bolivian government's attacks on Chile with concern.",
			not:  []string{"Peru|accused|Bolivia"}},
		{name: "a possession that is no wrong",
			text: head + "Peru welcomed the Bolivian government's decision to reopen the border.",
			not:  []string{"Peru|accused|Bolivia"}},
		{name: "no author voice",
			text: "Bolivia and Chile met in Lima to discuss the Ecuadorian government's repression of marchers.",
			not:  []string{"Bolivia|accused|Ecuador", "Chile|accused|Ecuador"}},
	})
}

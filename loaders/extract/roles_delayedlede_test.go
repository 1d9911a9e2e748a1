package extract

import "testing"

// TestDelayedLede checks that an unnamed "The commander of X" opening a
// sentence gives its post to the person named next with only a rank
// before the name, and to no one named otherwise. All copy is invented.
func TestDelayedLede(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "after a dateline", text: "H\nLIMA, May 2, 2014 - The commander of U.S. Southern Command visited Peru last week.\n\nAt each stop, Marine Corps Gen. Carlos Ridder held meetings with leaders.\n",
			person: "Carlos Ridder", title: "commander", org: "U.S. Southern Command"},
		{name: "a name with an office is someone else", text: "H\nLIMA, May 2, 2014 - The commander of U.S. Southern Command visited Peru last week.\n\nDefense Minister Carlos Ridder met him in Lima.\n",
			person: "Carlos Ridder", org: "U.S. Southern Command", neg: true},
		{name: "a ranked name with an apposed office is someone else", text: "H\nLIMA, May 2, 2014 - The commander of U.S. Southern Command visited Peru last week.\n\nHe met with Gen. Carlos Ridder, commander of Peru's army, in Lima.\n",
			person: "Carlos Ridder", org: "U.S. Southern Command", neg: true},
		{name: "the phrase does not open the sentence", text: "H\nLIMA, May 2, 2014 - Peru welcomed the commander of U.S. Southern Command last week.\n\nAt each stop, Marine Corps Gen. Carlos Ridder held meetings with leaders.\n",
			person: "Carlos Ridder", org: "U.S. Southern Command", neg: true},
	})
}

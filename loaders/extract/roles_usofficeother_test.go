package extract

import "testing"

// TestUSOfficeOtherStateStory: a deputy attorney general or press
// secretary with no state named, in copy about another state, is the US
// official; one whose state is named keeps it. All copy is invented.
func TestUSOfficeOtherStateStory(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "a briefing about another state",
			text:   "Press Briefing by Press Secretary Dana Whitcomb\n\nQ Is Venezuela ready to talk? Venezuela has said so.\n\nMS. WHITCOMB: Venezuela will decide.\n",
			person: "Dana Whitcomb", org: "United States"},
		{name: "not the state talked about",
			text:   "Press Briefing by Press Secretary Dana Whitcomb\n\nQ Is Venezuela ready to talk? Venezuela has said so.\n\nMS. WHITCOMB: Venezuela will decide.\n",
			person: "Dana Whitcomb", org: "Venezuela", neg: true},
		{name: "a conference call on extraditions",
			text:   "Conference Call on Extraditions\n\nThis is Deputy Attorney General Kyle Ormsby. Mexico extradited four men this week, and Mexico deserves thanks.\n",
			person: "Kyle Ormsby", org: "Mexico", neg: true},
		{name: "the state named",
			text:   "Extraditions\n\nMexican Deputy Attorney General Kyle Ormsby said Mexico extradited four men this week.\n",
			person: "Kyle Ormsby", org: "Mexico"},
	})
}

package extract

import "testing"

// TestStaffPostBeforeComma checks a staff post written before a comma and
// the name: a title that serves another office ("Deputy to the
// Commander"), a capitalised modifier after the body's possessive
// ("X's Civilian Deputy"), and "Amb." before the name as a courtesy
// title. All copy is invented.
func TestStaffPostBeforeComma(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "serves an office", text: "H\nThe admiral visited Peru. His party included SOUTHCOM's Deputy to the Commander, Ana Vidal, and others.\n",
			person: "Ana Vidal", title: "Deputy to the Commander", org: "U.S. Southern Command"},
		{name: "capitalised modifier after the possessive", text: "H\nThe admiral visited Peru. His party included SOUTHCOM's Civilian Deputy, Ana Vidal, and others.\n",
			person: "Ana Vidal", title: "Civilian Deputy", org: "U.S. Southern Command"},
		{name: "Amb. before the name", text: "H\nThe admiral visited Peru. His party included SOUTHCOM's Civilian Deputy to the Commander, Amb. Ana Vidal, and others.\n",
			person: "Ana Vidal", title: "Civilian Deputy to the Commander", org: "U.S. Southern Command"},
		{name: "a lower-case 'to the' is no title", text: "H\nThe admiral visited Peru. The envoy went to the President, Ana Vidal, with the letter.\n",
			person: "Ana Vidal", org: "Peru", title: "envoy to the President", neg: true},
	})
}

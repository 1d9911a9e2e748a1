package extract

import "testing"

// TestHeadlineMeeter: a working lunch or dinner with someone is a meeting
// with them; a remarks headline names the person meeting before the
// phrase that opens the meeting noun.
func TestHeadlineMeeter(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "remarks at the top of a working lunch",
			text: "Secretary Rosa Alvarez at Top of Working Lunch with Paraguayan President Tomas Herrera and Paraguayan Foreign Minister Lucia Vargas\n\nSECRETARY ALVAREZ: Thank you all for coming.",
			want: []string{"Rosa Alvarez|metWith|Tomas Herrera", "Rosa Alvarez|metWith|Lucia Vargas"}},
		{name: "remarks before a meeting with unnamed leaders",
			text: "Remarks by Secretary Rosa Alvarez Before Dinner with Paraguayan Business Leaders\n\nSECRETARY ALVAREZ: Thank you all for coming.",
			not:  []string{"Rosa Alvarez|metWith|Paraguay"}},
		{name: "a working dinner in the body",
			text: "Headline\n\nDuring a working dinner with President Tomas Herrera, Secretary Rosa Alvarez discussed border security.",
			want: []string{"Rosa Alvarez|metWith|Tomas Herrera"}},
	})
}

package extract

import "testing"

// TestPlaceOfficeHeads: the office's name without "Office" before a
// person names its head, when the text names the office; not a deputy's
// or assistant's, nor a bare title with no office named.
func TestPlaceOfficeHeads(t *testing.T) {
	const head = "Gang Member Sentenced in Linden\n\n"
	checkRelCases(t, []relCase{
		{name: "county prosecutor",
			text: head + "The case was prosecuted by the Linden County State’s Attorney’s Office. The investigation was praised by Linden County State’s Attorney Mira Castellano.",
			want: []string{"Mira Castellano|leads|Linden County State’s Attorney’s Office"}},
		{name: "city commonwealth attorney",
			text: head + "Ashford Commonwealth Attorney Tobias Wren thanked the officers. Wren said the Ashford Commonwealth Attorney’s Office would seek a life term.",
			want: []string{"Tobias Wren|leads|Ashford Commonwealth Attorney’s Office"}},
		{name: "assistant prosecutor",
			text: head + "The case was prosecuted by the Linden County State’s Attorney’s Office. Assistant Linden County State’s Attorney Mira Castellano argued it.",
			not:  []string{"Mira Castellano|leads|Linden County State’s Attorney’s Office"}},
		{name: "no office named",
			text: head + "Linden County State’s Attorney Mira Castellano argued the case before the court.",
			not:  []string{"Mira Castellano|leads|Linden County State’s Attorney’s Office"}},
	})
}

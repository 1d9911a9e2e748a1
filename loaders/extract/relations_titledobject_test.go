package extract

import "testing"

// TestDesignatedTitledAndListed checks that a progressive "is designating"
// takes a titled person as its object (an -ing word before a title with no
// "be" stays an adjective), and that a parenthesised short form or acronym
// in a listed person's title does not end the list. All copy is invented.
func TestDesignatedTitledAndListed(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "titled object",
			text: "The United States is designating Attorney General of Peru Maren Ostby Lund due to her involvement in significant corruption.",
			want: []string{"United States|designated|Maren Ostby Lund"}},
		{name: "also designating a titled object",
			text: "The United States is also designating Interior Minister Maren Ostby Lund for corruption.",
			want: []string{"United States|designated|Maren Ostby Lund"}},
		{name: "list with short forms and an acronym",
			text: "The United States is designating Tomas Elio Vikar Ruhn (“Vikar”), former Minister of the Interior, Maren Ostby Lund (“Ostby”), former Minister of Energy and Mines (MEM), and Pello Kask Toom (“Kask”), Vice Minister of Mining under the MEM, as generally ineligible for entry into the United States.",
			want: []string{"United States|designated|Tomas Elio Vikar Ruhn", "United States|designated|Maren Ostby Lund", "United States|designated|Pello Kask Toom"}},
	})
}

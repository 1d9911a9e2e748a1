package extract

import "testing"

// TestListHeads: a head ending in "include:" sets out the people under it
// as "are:" does, a table's header row is stepped over (and a row whose
// first cell is no known person), and a list written on after the colon
// gives each listed person the act the head states.
func TestListHeads(t *testing.T) {
	const lead = "Ring Dismantled\n\nThe Justice Department announced the indictment today of a ring that smuggled cocaine into the United States.\n\n"
	checkRelCases(t, []relCase{
		{name: "include: over lines",
			text: lead + "Other defendants facing charges include:\n\nCarlos Renner, aka Lobo, 22, of Dover, Del.\n\nElsa Varga, 31, of Salem, Ore.",
			want: []string{"United States|charged|Carlos Renner", "United States|charged|Elsa Varga"}},
		{name: "a table under are:",
			text: lead + "The three defendants charged in the indictment are:\n\nName | Alias | Age | City\nCarlos Renner | Lobo | 20 | Dover\nZed Q | Tio | 41 | Salem\n*Elsa Varga | Flaca | 19 | Fugitive\n\nEach faces up to 20 years in prison.",
			want: []string{"United States|charged|Carlos Renner", "United States|charged|Elsa Varga"}},
		{name: "a list after include:",
			text: lead + "These defendants include: Carlos Renner, also known as Lobo, 42, who is held in Peru; Elsa Varga, 39, of Salem; and Karl Ostrander, 22.",
			want: []string{"United States|charged|Carlos Renner", "United States|charged|Elsa Varga", "United States|charged|Karl Ostrander"}},
		{name: "a list after a colon of fugitives",
			text: lead + "Three people charged in the case remain fugitives: Carlos Renner, Elsa Varga and Karl Ostrander.",
			want: []string{"United States|charged|Carlos Renner", "United States|charged|Elsa Varga", "United States|charged|Karl Ostrander"}},
		{name: "a head stating no act",
			text: lead + "The speakers at the event include:\n\nCarlos Renner, 22, of Dover.\n\nElsa Varga, 31, of Salem.",
			not:  []string{"United States|charged|Carlos Renner", "United States|charged|Elsa Varga"}},
		{name: "a named speaker before the colon",
			text: lead + "Maria Kolb named the defendants: Carlos Renner and Elsa Varga.",
			not:  []string{"United States|charged|Carlos Renner", "United States|charged|Elsa Varga"}},
	})
}

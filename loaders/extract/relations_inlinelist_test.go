package extract

import "testing"

// TestInlineCopulaList: a sentence whose unnamed subject states a charge
// or an extradition and whose complement lists people gives each listed
// person the act; a verdict's list and a named subject do not.
func TestInlineCopulaList(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "named in the indictment are",
			text: "Ring Dismantled\n\nThe Justice Department announced the indictment today of a ring that smuggled cocaine into the United States.\n\nThe individuals named in the indictment are Carlos Renner, Elsa Varga and Karl Ostrander.",
			want: []string{"United States|charged|Carlos Renner", "United States|charged|Elsa Varga", "United States|charged|Karl Ostrander"}},
		{name: "inverted, ages between",
			text: "Ring Dismantled\n\nThe Justice Department announced the indictment today of a ring that smuggled cocaine into the United States.\n\nCharged in the three-count indictment is Carlos Renner, 20; Elsa Varga, 19; and Karl Ostrander, 22.",
			want: []string{"United States|charged|Carlos Renner", "United States|charged|Elsa Varga", "United States|charged|Karl Ostrander"}},
		{name: "an alias is no second person",
			text: "Ring Dismantled\n\nThe Justice Department announced the indictment today of a ring that smuggled cocaine into the United States.\n\nThe defendants charged are Carlos Renner aka Lino Barros and Elsa Varga.",
			want: []string{"United States|charged|Carlos Renner"},
			not:  []string{"United States|charged|Lino Barros"}},
		{name: "a verdict",
			text: "Ring Convicted\n\nThe Justice Department announced the verdict today in a case of cocaine smuggled into the United States.\n\nThe defendants found guilty are Carlos Renner and Elsa Varga.",
			not:  []string{"United States|charged|Carlos Renner", "United States|charged|Elsa Varga"}},
		{name: "a named subject",
			text: "Ring Dismantled\n\nThe Justice Department announced the indictment today of a ring that smuggled cocaine into the United States.\n\nMaria Kolb said the defendants are Carlos Renner and Elsa Varga.",
			not:  []string{"United States|charged|Carlos Renner", "United States|charged|Elsa Varga"}},
	})
}

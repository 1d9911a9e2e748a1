package extract

import "testing"

// TestNamedDefendants: a person named as a defendant is charged by the
// release's prosecuting government, unless a verdict is stated for him
// or the headline announces one.
func TestNamedDefendants(t *testing.T) {
	const lead = "The Justice Department announced the indictment today of a ring that smuggled cocaine into the United States.\n\n"
	checkRelCases(t, []relCase{
		{name: "a title",
			text: "Ring Dismantled\n\n" + lead + "On May 2, defendant Carlos Renner was arrested in Dover.",
			want: []string{"United States|charged|Carlos Renner"}},
		{name: "an apposition",
			text: "Ring Dismantled\n\n" + lead + "A third defendant, Elsa Varga, 31, remains at large.",
			want: []string{"United States|charged|Elsa Varga"}},
		{name: "a co-defendant",
			text: "Ring Dismantled\n\n" + lead + "Police are still looking for Karl Ostrander and co-defendant Elsa Varga.",
			want: []string{"United States|charged|Elsa Varga"}},
		{name: "a verdict in the sentence",
			text: "Ring Dismantled\n\n" + lead + "A third defendant, Elsa Varga, is scheduled to be sentenced on May 3.",
			not:  []string{"United States|charged|Elsa Varga"}},
		{name: "a verdict in the headline",
			text: "Ring Leader Sentenced to Life\n\n" + lead + "A third defendant, Elsa Varga, 31, remains at large.",
			not:  []string{"United States|charged|Elsa Varga"}},
	})
}

package extract

import "testing"

// TestDocumentAccusations: the publishers of a document that accuses
// someone accused them; a document no one named published, a negated
// publication and a document the actor only speaks of give none.
func TestDocumentAccusations(t *testing.T) {
	const head = "Tarvania 2031 Human Rights Report: Corruption\n\n"
	checkRelCases(t, []relCase{
		{name: "a report accusing a named official",
			text: head + "In March the Ostrava Transparency Forum published a report accusing Interior Minister Lidia Moravek of embezzlement.",
			want: []string{"Ostrava Transparency Forum|accused|Lidia Moravek"}},
		{name: "a relative clause after the report",
			text: head + "On June 4, the Ostrava Transparency Forum released a report that accused Dario Kellerman of diverting public funds.",
			want: []string{"Ostrava Transparency Forum|accused|Dario Kellerman"}},
		{name: "modifiers before the document",
			text: head + "The Ostrava Transparency Forum issued a detailed annual report accusing Dario Kellerman of bribery.",
			want: []string{"Ostrava Transparency Forum|accused|Dario Kellerman"}},
		{name: "no publisher named",
			text: head + "A report accusing Dario Kellerman of bribery circulated in May.",
			not:  []string{"Ostrava Transparency Forum|accused|Dario Kellerman"}},
		{name: "a negated publication",
			text: head + "The Ostrava Transparency Forum did not publish a report accusing Dario Kellerman of bribery.",
			not:  []string{"Ostrava Transparency Forum|accused|Dario Kellerman"}},
		{name: "a document the actor did not put out",
			text: head + "The Ostrava Transparency Forum received a report accusing Dario Kellerman of bribery.",
			not:  []string{"Ostrava Transparency Forum|accused|Dario Kellerman"}},
	})
}

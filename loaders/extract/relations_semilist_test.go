package extract

import "testing"

// TestSemicolonListItems: a list of people whose items carry an age or a
// nickname set off by commas separates its items with semicolons; every
// item is the patient of the act that follows the list, not only the
// last, while a semicolon after a plain name still ends a clause.
func TestSemicolonListItems(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "ages",
			text: "The Justice Department announced charges in the United States on Tuesday. Mark Alder, 39; Tom Birchwood, 27; and Samuel Coleridge, 22, were each charged with wire fraud.",
			want: []string{"United States|charged|Mark Alder", "United States|charged|Tom Birchwood", "United States|charged|Samuel Coleridge"}},
		{name: "nicknames",
			text: "The Justice Department announced charges in the United States on Tuesday. Peter Dunmore, aka Flaco; Raymond Ellison, aka Gordo, and Edward Farrow, aka Chino, were charged with bank fraud.",
			want: []string{"United States|charged|Peter Dunmore", "United States|charged|Raymond Ellison", "United States|charged|Edward Farrow"}},
		{name: "nickname and age",
			text: "The Justice Department announced charges in the United States on Tuesday. Julian Marquez Olmo, aka Piolin, 35; Ruben Sotelo Vidal, aka Cacho, 28; and Pablo Ortega Ruiz, aka Perro, 41, were charged with murder.",
			want: []string{"United States|charged|Julian Marquez Olmo", "United States|charged|Ruben Sotelo Vidal", "United States|charged|Pablo Ortega Ruiz"}},
		{name: "a semicolon after a plain name ends a clause",
			text: "The Justice Department announced charges in the United States on Tuesday. Police questioned Victor Lemaire; and Andres Quintela, 44, was charged with fraud.",
			want: []string{"United States|charged|Andres Quintela"}, not: []string{"United States|charged|Victor Lemaire"}},
	})
}

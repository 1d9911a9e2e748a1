package extract

import "testing"

// TestReleasedFrom: in a report about one state, a person released from
// custody in the passive was held by the state; a release after a sentence
// served, a person named only in another clause, and a text about no one
// state give none.
func TestReleasedFrom(t *testing.T) {
	const head = "Ecuador 2031 Human Rights Report: d. Arbitrary Arrest or Detention\n\n"
	checkRelCases(t, []relCase{
		{name: "released from preventive detention",
			text: head + "In early May, the mayor of Loja, Rodrigo Arcos Vintimilla, was released from preventive detention on bail.",
			want: []string{"Ecuador|arrested|Rodrigo Arcos Vintimilla"}},
		{name: "two people freed from prison",
			text: head + "Journalist Marta Quishpe Lema and Rodrigo Arcos Vintimilla were freed from prison in June.",
			want: []string{"Ecuador|arrested|Marta Quishpe Lema", "Ecuador|arrested|Rodrigo Arcos Vintimilla"}},
		{name: "released after serving a sentence",
			text: head + "Rodrigo Arcos Vintimilla was released from prison after serving half of his sentence.",
			not:  []string{"Ecuador|arrested|Rodrigo Arcos Vintimilla"}},
		{name: "a person in another clause",
			text: head + "Senator Marta Quishpe Lema said that an activist from Loja had been released from prison.",
			not:  []string{"Ecuador|arrested|Marta Quishpe Lema"}},
		{name: "no report state",
			text: "Activist Freed\n\nRodrigo Arcos Vintimilla was released from prison on Monday, his lawyer said.",
			not:  []string{"Ecuador|arrested|Rodrigo Arcos Vintimilla"}},
	})
}

package extract

import "testing"

// TestReportState: a text with no dateline whose headline opens with one
// state's name is about that state: its unnamed police, prosecutors and
// courts act for it, and so does an arrest, charge or conviction with no
// agent; a dateline, a headline naming two states, one opening with a
// demonym, or a body named or owned, is not read so.
func TestReportState(t *testing.T) {
	const head = "Paraguay 2021 Human Rights Report: b. Arbitrary Detention\n\n"
	checkRelCases(t, []relCase{
		{name: "police arrested",
			text: head + "The law prohibits arbitrary detention. Police arrested Rosendo Alcaraz Benítez in March for alleged defamation.",
			want: []string{"Paraguay|arrested|Rosendo Alcaraz Benítez"}},
		{name: "authorities after a date",
			text: head + "On June 25, authorities detained Marisa Ibarrola Duarte in Concepción.",
			want: []string{"Paraguay|arrested|Marisa Ibarrola Duarte"}},
		{name: "a court with lower-case words",
			text: head + "In May, a local court convicted Carlos Cardozo Mereles of fraud.",
			want: []string{"Paraguay|convicted|Carlos Cardozo Mereles"}},
		{name: "passives with no agent",
			text: head + "On May 2, activist Tomás Villalba Rojas, a teacher from Pilar, was arrested in connection with a protest. Villalba was indicted in April and convicted in June.",
			want: []string{"Paraguay|arrested|Tomás Villalba Rojas", "Paraguay|charged|Tomás Villalba Rojas", "Paraguay|convicted|Tomás Villalba Rojas"}},
		{name: "a named body is not the state",
			text: head + "Federal Police arrested Rosendo Alcaraz Benítez in March.",
			not:  []string{"Paraguay|arrested|Rosendo Alcaraz Benítez"}},
		{name: "a dateline",
			text: "Activist detained\n\nASUNCION, Paraguay — Tomás Villalba Rojas was arrested on Monday in Buenos Aires.",
			not:  []string{"Paraguay|arrested|Tomás Villalba Rojas"}},
		{name: "a headline naming two states",
			text: "Paraguay and Brazil Report: Detention\n\nTomás Villalba Rojas was arrested in connection with a protest.",
			not:  []string{"Paraguay|arrested|Tomás Villalba Rojas", "Brazil|arrested|Tomás Villalba Rojas"}},
		{name: "a headline opening with a demonym",
			text: "Paraguayan Activist Detained at Border\n\nTomás Villalba Rojas was arrested in connection with a protest.",
			not:  []string{"Paraguay|arrested|Tomás Villalba Rojas"}},
		{name: "another state named more",
			text: "Paraguay Smuggler Sentenced\n\nTomás Villalba Rojas was convicted of smuggling drugs into the United States. The United States and the U.S. Attorney asked for a long sentence in the United States.",
			not:  []string{"Paraguay|convicted|Tomás Villalba Rojas"}},
	})
}

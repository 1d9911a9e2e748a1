package extract

import "testing"

// TestPassiveSender: a passive extradition that names no "from" state is
// done by the state of the demonym before the person, when the sentence
// names no other state but the destination, else by the one sending
// state the article names. All copy is invented.
func TestPassiveSender(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a national of the sender",
			text: "Colombian national Pablo Ortega-Ruiz was extradited to the United States on Friday.",
			want: []string{"Colombia|extradited|Pablo Ortega-Ruiz"}},
		{name: "the article's sending state",
			text: "Two Extradited from Honduras\n\nMIAMI – The United States welcomed the extraditions from Honduras. Marvin Chavez-Lobo was extradited on Friday to face charges in Miami.",
			want: []string{"Honduras|extradited|Marvin Chavez-Lobo"}},
		{name: "another state in the sentence",
			text: "Venezuelan national Rafael Sosa-Medina, who was arrested in Colombia, was extradited to the United States.",
			not:  []string{"Venezuela|extradited|Rafael Sosa-Medina"}},
	})
}

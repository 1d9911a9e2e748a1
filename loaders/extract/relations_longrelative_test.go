package extract

import "testing"

// TestLongRelativeAndAdjunctPatients: the patient of a passive is the
// clause's subject, not the nearest name inside a long non-restrictive
// relative clause between them, nor a name in the main clause before a
// non-finite adjunct ("…, after being extradited").
func TestLongRelativeAndAdjunctPatients(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "long relative clause before an extradition",
			text: "Today, Tomas Belvane Orrico, who is wanted for the murder of Harbor County Sheriff's Deputy Ellis Randmoor, has been extradited from Mexico to the United States.",
			want: []string{"Mexico|extradited|Tomas Belvane Orrico"},
			not:  []string{"Mexico|extradited|Ellis Randmoor"}},
		{name: "long relative clause before an arrest",
			text: "Ramon Quiteria-Vasalde, who is charged with taking part in the killing of U.S. Border Patrol Agent Colin Ashbury, was taken into custody by Mexican authorities in Sonora.",
			want: []string{"Mexico|arrested|Ramon Quiteria-Vasalde"},
			not:  []string{"Mexico|arrested|Colin Ashbury"}},
		{name: "short relative clause still read",
			text: "Ramon Quiteria-Vasalde, who fled Sonora in May, was arrested by Guatemalan police.",
			want: []string{"Guatemalan police|arrested|Ramon Quiteria-Vasalde"}},
		{name: "adjunct after the main clause",
			text: "Ovidio Carranza-Pell made his initial appearance today before U.S. Magistrate Judge Hollis Dremmer in the District of Columbia, after being extradited from Mexico.",
			want: []string{"Mexico|extradited|Ovidio Carranza-Pell"},
			not:  []string{"Mexico|extradited|Hollis Dremmer"}},
		{name: "adjunct upon arrest",
			text: "Ovidio Carranza-Pell appeared before Judge Hollis Dremmer, upon being arrested by Guatemalan police.",
			want: []string{"Guatemalan police|arrested|Ovidio Carranza-Pell"},
			not:  []string{"Guatemalan police|arrested|Hollis Dremmer"}},
	})
}

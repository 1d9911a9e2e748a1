package extract

import "testing"

// The sentences below are invented for this test; none is taken from an
// evaluation article.

// TestSignedObject checks that an agreement that is the object of
// "signed" in a sentence naming all its parties is signed by them, and
// that a sentence naming only one of them states no signing by the other.
func TestSignedObject(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "officials signed a new treaty to deepen cooperation between two states",
			text: "U.S. Ambassador Ana Ruiz and the Minister of Foreign Affairs, Tomas Vela, signed a new extradition treaty to speed the return of fugitives between the United States and Peru.",
			want: []string{"United States|signed|extradition treaty", "Peru|signed|extradition treaty"}},
		{name: "concluded stands for signed",
			text: "The two deputy ministers concluded a new border security accord to expand joint patrols between Peru and Chile.",
			want: []string{"Peru|signed|border security accord", "Chile|signed|border security accord"}},
		{name: "the sign verb with its own object",
			text: "Peru and Chile discussed an extradition treaty on Monday. Officials in Lima signed a trade memo the same day.",
			not:  []string{"Peru|signed|extradition treaty", "Chile|signed|extradition treaty"}},
	})
}

package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestSentPeople: a state that sends a counted group of people to another
// and names some after "among them" or "including" extradited each one
// named; sent "to face charges", the destination charged them. A planned
// sending, a group that is no count of people, or no destination names
// none. All copy is invented.
func TestSentPeople(t *testing.T) {
	checkRelCases(t, []relCase{
		{"active, to face charges",
			"Peru and Extradition\n\nPeru has sent 38 fugitives to face charges in Bolivia over a decade, among them a former mayor, Ramon Ibarra Cota.",
			[]string{"Peru|extradited|Ramon Ibarra Cota", "Bolivia|charged|Ramon Ibarra Cota"}, nil},
		{"active, including",
			"Chile Sends Gang Figures\n\nChile sent 12 alleged gang members to Peru on Tuesday, including Felix Duarte Salas.",
			[]string{"Chile|extradited|Felix Duarte Salas"}, []string{"Peru|charged|Felix Duarte Salas"}},
		{"passive, the group's demonym",
			"Peru and Extradition\n\nPeru will keep its treaty. More than 40 Peruvians have been sent to the United States since 2015, among them Ramon Ibarra Cota.",
			[]string{"Peru|extradited|Ramon Ibarra Cota"}, nil},
		{"planned",
			"Chile Sends Gang Figures\n\nChile will send 12 alleged gang members to Peru, including Felix Duarte Salas.",
			nil, []string{"Chile|extradited|Felix Duarte Salas"}},
		{"officers sent abroad are no offenders",
			"Chile Sends Police to Peru\n\nChile sent 26 members of its police force to Peru last year, including Commander Felix Duarte Salas.",
			nil, []string{"Chile|extradited|Felix Duarte Salas"}},
		{"no counted people",
			"Chile Sends Troops\n\nChile sent troops and aircraft to Peru, including a unit led by Felix Duarte Salas.",
			nil, []string{"Chile|extradited|Felix Duarte Salas"}},
	})
}

// TestSentPeopleTextStart: a passive sending whose group noun opens the
// text ("Suspects were sent …") has no demonym before the noun to read.
func TestSentPeopleTextStart(t *testing.T) {
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := schema.Article{ID: "t", Text: "Suspects were sent to Peru, including Ana Ruiz.\n\nThe extradition was approved."}
	if _, err := ex.ExtractBounded(a); err != nil {
		t.Fatalf("ExtractBounded: %v", err)
	}
}

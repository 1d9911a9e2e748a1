package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestForMeetings: a trip or visit "for meetings with C", or being "joined
// by B for talks with C", is a meeting of the travellers (and B) with C;
// a "for" phrase after no trip, or a planned trip, is none.
func TestForMeetings(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "visited a country for meetings with a president",
			text: "Trade envoy Ana Ruiz visited Paraguay in August for meetings with President Tomas Herrera about river shipping.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera"}},
		{name: "joined by an ambassador for meetings, after a coordinated predicate",
			text: "Commissioner Ana Ruiz inspected a customs lab in Asuncion and was joined by U.S. Ambassador to Paraguay Mario Quispe for talks with Deputy Minister Tomas Herrera and Chief Inspector Lucia Vargas.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera", "Ana Ruiz|metWith|Lucia Vargas", "Mario Quispe|metWith|Tomas Herrera", "Mario Quispe|metWith|Lucia Vargas"},
			not:  []string{"United States|metWith|Tomas Herrera"}},
		{name: "traveled for talks",
			text: "Minister Ana Ruiz traveled to La Paz on Tuesday for talks with Minister Tomas Herrera.",
			want: []string{"Ana Ruiz|metWith|Tomas Herrera"}},
		{name: "a planned trip",
			text: "Minister Ana Ruiz will travel to La Paz next week for talks with Minister Tomas Herrera.",
			not:  []string{"Ana Ruiz|metWith|Tomas Herrera"}},
		{name: "an award for talks, no trip",
			text: "Minister Ana Ruiz praised the award for talks with Minister Tomas Herrera.",
			not:  []string{"Ana Ruiz|metWith|Tomas Herrera"}},
	})
}

// TestForMeetingsTextStart: "Joined by B for talks with C" opening the
// text has no token before its verb group, and reads no subject there.
func TestForMeetingsTextStart(t *testing.T) {
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := schema.Article{ID: "t", Text: "Joined by Minister Tomas Herrera for talks with President Ana Ruiz, the delegation left.\n\nIt returned on Friday."}
	if _, err := ex.ExtractBounded(a); err != nil {
		t.Fatalf("ExtractBounded: %v", err)
	}
}

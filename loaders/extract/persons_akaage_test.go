package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestAkaAfterAge: a nickname after a person's age ("X, 33, also known as
// A,") is another name of that person, not someone of its own; the
// apposition after it is the person's. All copy is invented.
func TestAkaAfterAge(t *testing.T) {
	ex := newExtractor(t)
	for _, text := range []string{
		"H\nRamiro Teodoro Vasquez-Lunar, 33, also known as Pancho, a leader of the Los Cuervos cartel, is a cocaine distributor based in Peru.",
		"H\nRamiro Teodoro Vasquez-Lunar, 33, aka Pancho, a leader of the Los Cuervos cartel, was arrested in Lima.",
	} {
		x := ex.Extract(article(text))
		var people []string
		for _, e := range x.Entities {
			if e.Type == schema.Person {
				people = append(people, e.Name)
			}
		}
		if len(people) != 1 || people[0] != "Ramiro Teodoro Vasquez-Lunar" {
			t.Errorf("Extract(%q): people %v, want only Ramiro Teodoro Vasquez-Lunar", text, people)
		}
	}
	checkRelCases(t, []relCase{
		{name: "the title after the nickname is the person's",
			text: "Ramiro Teodoro Vasquez-Lunar, 33, also known as Pancho, a leader of the Los Cuervos cartel, is a cocaine distributor based in Peru.",
			want: []string{"Ramiro Teodoro Vasquez-Lunar|leads|Los Cuervos"}, not: []string{"Pancho|leads|Los Cuervos"}},
	})
}

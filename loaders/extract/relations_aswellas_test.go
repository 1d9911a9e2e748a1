package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestAsWellAsSubjects: a subject with ", as well as B," set off before
// its verb acts together with B; a phrase elsewhere adds no actor.
func TestAsWellAsSubjects(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a body's staff as well as agents of others",
			text: "Meanwhile, Department of Justice attorneys, as well as agents from the FBI and the Drug Enforcement Administration, continue to support Peru's investigations.",
			want: []string{"Department of Justice|supports|Peru", "Federal Bureau of Investigation|supports|Peru", "Drug Enforcement Administration|supports|Peru"}},
		{name: "two states",
			text: "Chile, as well as Argentina, supports Peru in its fight against gangs.",
			want: []string{"Chile|supports|Peru", "Argentina|supports|Peru"}},
		{name: "as well as after the object",
			text: "Chile supports Peru, as well as Argentina, in its fight against gangs.",
			not:  []string{"Argentina|supports|Peru"}},
	})
}

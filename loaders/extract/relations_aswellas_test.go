package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestAsWellAsSubjects: a subject with ", as well as B," set off before
// its verb acts together with B; a phrase elsewhere adds no actor.
func TestAsWellAsSubjects(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a body's staff as well as agents of others",
			text: "In the meantime, Drug Enforcement Administration analysts, as well as prosecutors from the Department of Justice and the FBI, continue to support Chile's inquiries into port smuggling.",
			want: []string{"Drug Enforcement Administration|supports|Chile", "Department of Justice|supports|Chile", "Federal Bureau of Investigation|supports|Chile"}},
		{name: "two states",
			text: "Chile, as well as Argentina, supports Peru in its fight against gangs.",
			want: []string{"Chile|supports|Peru", "Argentina|supports|Peru"}},
		{name: "as well as after the object",
			text: "Chile supports Peru, as well as Argentina, in its fight against gangs.",
			not:  []string{"Argentina|supports|Peru"}},
	})
}

package extract

import "testing"

// TestReportCourts: in a text about one state (reportState) a court that
// sentences is that state's, the prosecuting government a conviction's
// subject is: a court named by its name, or an unnamed judge after a
// date; a titled judge by name, or a court in a text about no one
// state, is not read so.
func TestReportCourts(t *testing.T) {
	const head = "Uruguay 2020 Human Rights Report: e. Denial of Fair Public Trial\n\n"
	checkRelCases(t, []relCase{
		{name: "a named court",
			text: head + "On April 9, the Salto Second Criminal Court sentenced former guards Tobías Arregui Pena and Nelson Fagúndez Ruiz to eight years in prison for beating an inmate.",
			want: []string{"Uruguay|convicted|Tobías Arregui Pena", "Uruguay|convicted|Nelson Fagúndez Ruiz"},
			not:  []string{"Salto Second Criminal Court|convicted|Tobías Arregui Pena"}},
		{name: "an unnamed judge after a date",
			text: head + "In October 2019 a judge sentenced former customs chief Ramiro Etcheverry Sosa to four years in prison for bribery.",
			want: []string{"Uruguay|convicted|Ramiro Etcheverry Sosa"}},
		{name: "a named court in a text about no one state",
			text: "Guards sentenced\n\nThe Salto Second Criminal Court sentenced former guard Tobías Arregui Pena to eight years in prison.",
			not:  []string{"Uruguay|convicted|Tobías Arregui Pena"}},
	})
}

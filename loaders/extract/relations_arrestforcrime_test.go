package extract

import "testing"

// TestArrestForCrime: in a text about one state, a person arrested or held
// "for" a named crime was charged by that state, active or passive; an
// arrest for a deed or a span of time, a modal arrest and a text about no
// one state are not read so.
func TestArrestForCrime(t *testing.T) {
	const head = "Peru 2020 Human Rights Report: Corruption\n\n"
	checkRelCases(t, []relCase{
		{name: "active crime noun",
			text: head + "In March national police arrested former governor Tomas Quispe Valdera for embezzlement.",
			want: []string{"Peru|charged|Tomas Quispe Valdera"}},
		{name: "alleged crimes",
			text: head + "On April 9, prosecutors detained retired colonel Tomas Quispe Valdera for alleged crimes committed during the conflict.",
			want: []string{"Peru|charged|Tomas Quispe Valdera"}},
		{name: "two-word crime passive",
			text: head + "Later Marco Rivas Salaz was arrested for money laundering.",
			want: []string{"Peru|charged|Marco Rivas Salaz"}},
		{name: "a deed",
			text: head + "Police arrested Tomas Quispe Valdera for allegedly misplacing the case files.",
			not:  []string{"Peru|charged|Tomas Quispe Valdera"}},
		{name: "a span of time",
			text: head + "Tomas Quispe Valdera was detained for nine months without trial.",
			not:  []string{"Peru|charged|Tomas Quispe Valdera"}},
		{name: "modal",
			text: head + "Tomas Quispe Valdera could be arrested for fraud.",
			not:  []string{"Peru|charged|Tomas Quispe Valdera"}},
		{name: "no report state",
			text: "Governor held\n\nLIMA — Tomas Quispe Valdera was arrested in Bolivia for fraud.",
			not:  []string{"Peru|charged|Tomas Quispe Valdera"}},
	})
}

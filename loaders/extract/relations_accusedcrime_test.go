package extract

import "testing"

// TestAccusedCrimes: in a text about one state, a person accused of a
// crime with no accuser named was charged by that state; an accuser named
// with "by", a relative clause, a reduced relative, a body, and a text about
// no one state are not read so.
func TestAccusedCrimes(t *testing.T) {
	const head = "Guatemala 2020 Human Rights Report: Corruption\n\n"
	checkRelCases(t, []relCase{
		{name: "passive",
			text: head + "Former customs chief Arnoldo Tecun Batz was accused of fraud and money laundering.",
			want: []string{"Guatemala|charged|Arnoldo Tecun Batz"}},
		{name: "also accused",
			text: head + "Carlos Enrique Moscoso was also accused of killing a witness and remained a fugitive.",
			want: []string{"Guatemala|charged|Carlos Enrique Moscoso"}},
		{name: "an accuser named",
			text: head + "Arnoldo Tecun Batz was accused by the NGO Accion Ciudadana of fraud.",
			not:  []string{"Guatemala|charged|Arnoldo Tecun Batz"}},
		{name: "a relative clause",
			text: head + "A court freed two guards, Arnoldo Tecun Batz and Hilda Moscoso Ixcot, who had been accused of fraud.",
			not:  []string{"Guatemala|charged|Arnoldo Tecun Batz", "Guatemala|charged|Hilda Moscoso Ixcot"}},
		{name: "a reduced relative",
			text: head + "The army relieved Colonel Arnoldo Tecun Batz, accused of ordering the killings, of his post.",
			not:  []string{"Guatemala|charged|Arnoldo Tecun Batz"}},
		{name: "no report state",
			text: "Customs chief in trouble\n\nGUATEMALA CITY — Arnoldo Tecun Batz was accused of fraud by rivals in Mexico and Honduras.",
			not:  []string{"Guatemala|charged|Arnoldo Tecun Batz"}},
	})
}

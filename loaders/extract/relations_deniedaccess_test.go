package extract

import "testing"

// TestDeniedAccess: a report's state that denies a named organisation
// access rejects it; a named actor as subject, a person refused, or no
// report state yields nothing.
func TestDeniedAccess(t *testing.T) {
	const head = "Paraguay 2021 Human Rights Report: c. Prison Conditions\n\n"
	checkRelCases(t, []relCase{
		{name: "authorities denied X access",
			text: head + "Authorities have denied the Andean Prisoners Aid Foundation access to these inmates since 2015.",
			want: []string{"Paraguay|rejected|Andean Prisoners Aid Foundation"}},
		{name: "policy of denying X access",
			text: head + "The regime continued its policy of denying the Andean Prisoners Aid Foundation access to prisons.",
			want: []string{"Paraguay|rejected|Andean Prisoners Aid Foundation"}},
		{name: "refused access by X",
			text: head + "It refused access to its prisons by humanitarian groups and the Andean Prisoners Aid Foundation.",
			want: []string{"Paraguay|rejected|Andean Prisoners Aid Foundation"}},
		{name: "named subject",
			text: head + "Warden Tomas Ybarra denied the Andean Prisoners Aid Foundation access to the cells.",
			not:  []string{"Paraguay|rejected|Andean Prisoners Aid Foundation"}},
		{name: "no access",
			text: head + "Authorities denied the Andean Prisoners Aid Foundation report was accurate.",
			not:  []string{"Paraguay|rejected|Andean Prisoners Aid Foundation"}},
	})
}

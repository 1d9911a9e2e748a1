package extract

import "testing"

// TestFinderAcronym: a monitor whose acronym in parentheses stands right
// before its finding verb is the finder; a parenthesis that is no acronym
// lets no one before it find.
func TestFinderAcronym(t *testing.T) {
	const head = "Paraguay 2021 Human Rights Report: a. Arbitrary Killings\n\n"
	checkRelCases(t, []relCase{
		{name: "acronym before reported",
			text: head + "The Chaco Legal Aid Foundation (CLAF) reported 14 killings by police in Concepción.",
			want: []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
		{name: "acronym before found, named doer",
			text: head + "The Chaco Legal Aid Foundation (FUNCHA) found the Northern Liberation Front was responsible for six killings.",
			want: []string{"Chaco Legal Aid Foundation|accused|Northern Liberation Front"}},
		{name: "no acronym in the parenthesis",
			text: head + "The Chaco Legal Aid Foundation (in Asunción) reported 14 killings by police in Concepción.",
			not:  []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
		{name: "acronym, no doer",
			text: head + "The Chaco Legal Aid Foundation (CLAF) reported 27 killings between January and November.",
			not:  []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
	})
}

// TestFinderAcronymMonitors: through an acronym, the state's own
// investigators and complaints received find nothing.
func TestFinderAcronymMonitors(t *testing.T) {
	const head = "Paraguay 2021 Human Rights Report: a. Arbitrary Killings\n\n"
	checkRelCases(t, []relCase{
		{name: "a rights commission",
			text: head + "The National Rights Commission (NRC) documented 14 cases of torture by police.",
			want: []string{"National Rights Commission|accused|Paraguay"}},
		{name: "complaints received",
			text: head + "The Chaco Legal Aid Foundation (CLAF) received seven complaints of torture by police.",
			not:  []string{"Chaco Legal Aid Foundation|accused|Paraguay"}},
	})
}

package extract

import "testing"

// TestReportPostAtState checks that a report titled by its state gives a
// bare title before a name (a rank, a police or correctional officer, a
// constable, a legislator) a post of that state, the next name of a plural title too,
// and that a body or a capitalised word before the title, a body apposed to
// the name and a news story leave it. All copy is invented.
func TestReportPostAtState(t *testing.T) {
	report := "Uruguay 2031 Human Rights Report: Section 1. Arbitrary Deprivation of Life\n\n"
	news := "Police in Uruguay detain officer in fraud probe\n\n"
	checkRoles(t, []roleCase{
		{name: "rank",
			text:   report + "On May 3, after the tribunal took his case, Colonel Tadeo Ruvalcaba Inez apologized for the killings.",
			person: "Tadeo Ruvalcaba Inez", title: "Colonel", org: "Uruguay"},
		{name: "retired rank at the sentence's start",
			text:   report + "Retired general Ismael Quesnel Bravo also brought his case to the tribunal.",
			person: "Ismael Quesnel Bravo", org: "Uruguay"},
		{name: "plural officers, first name",
			text:   report + "In June courts sentenced former police officers Abel Tornero Paz and Ciro Menchaca Vidal to 20 years in prison.",
			person: "Abel Tornero Paz", title: "former police officer", org: "Uruguay"},
		{name: "plural officers, second name",
			text:   report + "In June courts sentenced former police officers Abel Tornero Paz and Ciro Menchaca Vidal to 20 years in prison.",
			person: "Ciro Menchaca Vidal", org: "Uruguay"},
		{name: "legislator with a committee chair",
			text:   report + "During the year Senator Liesel Varona Cruz, chair of the Senate's Finance Committee, called for an audit.",
			person: "Liesel Varona Cruz", title: "Senator", org: "Uruguay"},
		{name: "correctional officer",
			text:   report + "In March, Correctional Officer Dion Marchetti Ruiz was charged with assault at the central prison.",
			person: "Dion Marchetti Ruiz", org: "Uruguay"},
		{name: "police constable",
			text:   report + "On April 2, police constable Owen Farrugia Lott was shot and killed during a raid.",
			person: "Owen Farrugia Lott", title: "police constable", org: "Uruguay"},
		{name: "the verb charge before the title",
			text:   report + "In August prosecutors were allowed to charge police constable Ines Barragan Soto for the killing.",
			person: "Ines Barragan Soto", title: "police constable", org: "Uruguay"},
		{name: "a capitalised word before the title",
			text:   report + "The tribunal heard Army Colonel Tadeo Ruvalcaba Inez on May 3.",
			person: "Tadeo Ruvalcaba Inez", title: "Colonel", org: "Uruguay", neg: true},
		{name: "a body apposed to the name",
			text:   report + "On May 3, Lieutenant Nilo Arbenz Cota, assigned to the 7th Battalion of the Military Police, was convicted of murder.",
			person: "Nilo Arbenz Cota", org: "Uruguay", neg: true},
		{name: "an officer of no service",
			text:   report + "On May 3, the court heard officer Nilo Arbenz Cota on the killings.",
			person: "Nilo Arbenz Cota", org: "Uruguay", neg: true},
		{name: "a news story",
			text:   news + "On May 3, Colonel Tadeo Ruvalcaba Inez apologized for the killings in Uruguay.",
			person: "Tadeo Ruvalcaba Inez", org: "Uruguay", neg: true},
	})
}

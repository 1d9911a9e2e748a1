package extract

import "testing"

// TestReportPortfolioAtState checks that a report titled by its state gives
// a post with its remit written out before a name ("former minister of
// public works X", "Director of Prisons Y", "the director of the national
// water agency, Z,") a post of that state, and that a remit naming a body
// in capitals, a capitalised body before the post and a news story leave
// it. All copy is invented.
func TestReportPortfolioAtState(t *testing.T) {
	report := "Uruguay 2031 Human Rights Report: Corruption and Lack of Transparency in Government\n\n"
	news := "Police in Uruguay detain former minister in fraud probe\n\n"
	checkRoles(t, []roleCase{
		{name: "two-word lower-case remit",
			text:   report + "Former minister of public works Abel Tornero Paz was detained in September on bribery charges.",
			person: "Abel Tornero Paz", title: "Former minister of public works", org: "Uruguay"},
		{name: "then minister of government",
			text:   report + "In a March interview, then minister of government Ciro Menchaca Vidal denied the killings.",
			person: "Ciro Menchaca Vidal", title: "then minister of government", org: "Uruguay"},
		{name: "capitalised remit without a body",
			text:   report + "Director of Prisons Ismael Quesnel Bravo resigned on May 31 after the riot.",
			person: "Ismael Quesnel Bravo", title: "Director of Prisons", org: "Uruguay"},
		{name: "chief of staff",
			text:   report + "The court convicted former chief of staff Liesel Varona Cruz of fraud.",
			person: "Liesel Varona Cruz", title: "former chief of staff", org: "Uruguay"},
		{name: "the post before a comma",
			text:   report + "The director of the national water agency, Dion Marchetti Ruiz, was removed in April.",
			person: "Dion Marchetti Ruiz", title: "director of the national water agency", org: "Uruguay"},
		{name: "a body named in capitals after the",
			text:   report + "The court heard then chief of the Palace Guard Nilo Arbenz Cota in May.",
			person: "Nilo Arbenz Cota", org: "Uruguay", neg: true},
		{name: "a capitalised body before the post",
			text:   report + "Prosecutors charged former Postal Bank director of compliance Tadeo Ruvalcaba Inez in May.",
			person: "Tadeo Ruvalcaba Inez", org: "Uruguay", neg: true},
		{name: "a news story",
			text:   news + "Former minister of public works Abel Tornero Paz was detained in Uruguay on bribery charges.",
			person: "Abel Tornero Paz", org: "Uruguay", neg: true},
	})
}

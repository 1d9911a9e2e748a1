package extract

import "testing"

// TestRoleTieRows: the first row of roleTies whose words fit a title at a
// body kind gives the tie. Titles are invented.
func TestRoleTieRows(t *testing.T) {
	for _, c := range []struct {
		title  string
		cartel bool
		body   tieBody
		want   string
	}{
		{"Field Office Director", false, localAgency, "leads"},
		{"Deputy Field Office Director", false, localAgency, ""},
		{"Director", false, anyBody, "leads"},
		{"Deputy Director", false, anyBody, ""},
		{"Special Agent in Charge", false, localAgency, "leads"},
		{"Assistant Special Agent in Charge", false, localAgency, ""},
		{"Assistant Secretary of State", false, componentAgency, "leads"},
		{"Acting Assistant Secretary", false, componentAgency, "leads"},
		{"Deputy Assistant Secretary", false, componentAgency, ""},
		{"leader", true, cartelBody, "leads"},
		{"Commissioner", false, anyBody, "leads"},
		{"Deputy Commissioner", false, anyBody, ""},
		{"Advisor to the Commissioner", false, anyBody, ""},
		{"Assistant Commissioner", false, anyBody, ""},
		{"Secretary of the Navy", false, departmentAgency, "leads"},
		{"interior minister", false, departmentAgency, "leads"},
		{"Press Secretary", false, departmentAgency, ""},
		{"Deputy Minister", false, departmentAgency, ""},
		{"Prime Minister", false, departmentAgency, ""},
		{"Senate President", false, chamberBody, "leads"},
		{"president", false, anyBody, "leads"},
		{"Vice President", false, anyBody, ""},
		{"former president", false, anyBody, ""},
		{"president of the northern chapter", false, anyBody, ""},
		{"President", false, departmentAgency, ""},
		{"Secretary General", false, organizationBody, "leads"},
		{"Secretary-General", false, organizationBody, "leads"},
		{"Assistant Secretary General", false, organizationBody, ""},
		{"Secretary General", false, departmentAgency, ""},
		{"chairperson", false, anyBody, "leads"},
		{"co-chair", false, committeeBody, "leads"},
		{"Co-Chairman", false, anyBody, "leads"},
		{"Superintendent", false, anyBody, "leads"},
		{"Deputy Superintendent", false, anyBody, ""},
		{"plaza boss", true, cartelBody, "memberOf"},
		{"accountant", true, cartelBody, "memberOf"},
	} {
		got := ""
		for _, row := range roleTies {
			if row.fits(c.title, c.cartel) && (row.body == anyBody || row.body == c.body) {
				got = row.pred
				break
			}
		}
		if got != c.want {
			t.Errorf("tie of %q at body kind %d = %q, want %q", c.title, c.body, got, c.want)
		}
	}
}

// TestAssistantSecretaryTies: an assistant secretary heads the component of
// a department the role names (a bureau, an agency within it), not the
// department. All copy is invented.
func TestAssistantSecretaryTies(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a bureau",
			"Program Renewed\n\nAssistant Secretary Orla Finnick of the Bureau of Western Hemisphere Affairs renewed the program.",
			[]string{"Orla Finnick|leads|Bureau of Western Hemisphere Affairs"}, nil},
		{"an agency within a department",
			"Launderers Arrested\n\n\"We hit them in their accounts,\" said ICE Assistant Secretary Halvard Ruen of the sweep in Tulsa.",
			[]string{"Halvard Ruen|leads|U.S. Immigration and Customs Enforcement"}, nil},
		{"not the department",
			"Visit Ends\n\nAssistant Secretary Pell Odunsi of the Department of Homeland Security ended a visit to Panama.",
			nil, []string{"Pell Odunsi|leads|Department of Homeland Security"}},
	})
}

// TestDistrictAttorneyTies: the U.S. attorney for a judicial district heads
// its office, and an assistant attorney general heads the division of a
// justice department the role names. All copy is invented.
func TestDistrictAttorneyTies(t *testing.T) {
	checkRelCases(t, []relCase{
		{"title before the name, district after",
			"Smuggler Extradited\n\nA Honduran man was extradited to face charges, announced U.S. Attorney Corinna Vasquez-Holt for the Northern District of Ohio.",
			[]string{"Corinna Vasquez-Holt|leads|Northern District of Ohio"}, nil},
		{"assistant attorney general of a division",
			"Trafficker Sentenced\n\n\"He flooded our streets with cocaine,\" said Assistant Attorney General Moira Pennick of the Justice Department's Criminal Division.",
			[]string{"Moira Pennick|leads|Criminal Division"}, nil},
		{"an acting U.S. attorney heads the office",
			"Broker Charged\n\nA money broker was charged with laundering cartel cash, said Acting U.S. Attorney Lionel Barraclough for the Eastern District of Oregon.",
			[]string{"Lionel Barraclough|leads|Eastern District of Oregon"}, nil},
		{"an assistant U.S. attorney heads nothing",
			"Courier Sentenced\n\nA courier was sentenced to nine years. Assistant U.S. Attorney Delia Marquand for the Middle District of Alabama prosecuted the case.",
			nil, []string{"Delia Marquand|leads|Middle District of Alabama"}},
		{"a U.S. attorney of a district without a side",
			"Pharmacist Sentenced\n\nA pharmacist was sentenced to six years in prison, announced U.S. Attorney Harriet Quellmann of the District of Vermont.",
			[]string{"Harriet Quellmann|leads|District of Vermont"}, nil},
		{"a United States attorney of the capital's district",
			"Clerk Charged\n\nA court clerk was charged with bribery, said United States Attorney Osric Fenwell of the District of Columbia.",
			[]string{"Osric Fenwell|leads|District of Columbia"}, nil},
		{"an assistant U.S. attorney of a district without a side heads nothing",
			"Pharmacist Sentenced\n\nA pharmacist was sentenced to six years. Assistant U.S. Attorney Bertil Oakhurst of the District of Vermont prosecuted the case.",
			nil, []string{"Bertil Oakhurst|leads|District of Vermont"}},
		{"assistant U.S. attorneys after the name",
			"Courier Sentenced\n\nThe case was prosecuted by Paul Renner, Assistant U.S. Attorney for the Central District of Iowa.",
			nil, []string{"Paul Renner|leads|Central District of Iowa"}},
	})
}

// TestCommissionerTies: a commissioner heads the agency the role names;
// a deputy or an adviser to one does not. All copy is invented.
func TestCommissionerTies(t *testing.T) {
	checkRelCases(t, []relCase{
		{"title before the name, agency after",
			"Border Talks\n\nThe delegation included Commissioner Odile Marchetti of the Borduria Migration Institute.",
			[]string{"Odile Marchetti|leads|Borduria Migration Institute"}, nil},
		{"apposition after the name",
			"Border Talks\n\nOdile Marchetti, commissioner of the Syldavian Border Guard, said patrols would double.",
			[]string{"Odile Marchetti|leads|Syldavian Border Guard"}, nil},
		{"a deputy commissioner",
			"Border Talks\n\nOdile Marchetti, deputy commissioner of the Syldavian Border Guard, said patrols would double.",
			nil, []string{"Odile Marchetti|leads|Syldavian Border Guard"}},
	})
}

// TestCabinetHeadTies: a secretary or minister heads the department or
// ministry the role names, not a committee or a commission; a press
// secretary heads nothing. All copy is invented.
func TestCabinetHeadTies(t *testing.T) {
	checkRelCases(t, []relCase{
		{"minister of a named ministry",
			"Ministry Statement\n\nThe Minister of Public Order, Tobias Renkvist, said the Ministry of Public Order would add patrols.",
			[]string{"Tobias Renkvist|leads|Ministry of Public Order"}, nil},
		{"a department's press secretary",
			"Ministry Statement\n\nIlse Vantongeren, press secretary of the Department of Fisheries, said the boats were seized.",
			nil, []string{"Ilse Vantongeren|leads|Department of Fisheries"}},
	})
}

// TestCommitteeMemberTies: a member of a committee, subcommittee or caucus
// is its member, whichever rule read the role; a ranking or former member
// is not. All copy is invented.
func TestCommitteeMemberTies(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a senior member after a member",
			"Trade Pact Backed\n\nSenator Harlan Quist is a member of the Senate Finance Committee and a senior member of the Senate Agriculture Committee.",
			[]string{"Harlan Quist|memberOf|Senate Finance Committee", "Harlan Quist|memberOf|Senate Agriculture Committee"}, nil},
		{"serves on a committee",
			"Border Letter\n\n\"We must act,\" said Pell, who serves on the Senate Homeland Security and Governmental Affairs Committee.",
			[]string{"Pell|memberOf|Senate Homeland Security and Governmental Affairs Committee"}, nil},
		{"a ranking member",
			"Border Letter\n\nRanking Member Ilse Marrow of the Senate Water Committee wrote the letter.",
			nil, []string{"Ilse Marrow|memberOf|Senate Water Committee"}},
	})
}

// TestPresidentTies: the president of a court, chamber, bank or association
// leads it; a nation's president whose title is read at a body does not.
// All copy is invented.
func TestPresidentTies(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a chamber's presiding officer",
			"Budget Passed\n\nNational Assembly President Marisol Quintanar said the assembly would vote on Tuesday.",
			[]string{"Marisol Quintanar|leads|National Assembly"}, nil},
		{"an association's president",
			"Strike Called\n\nOrlan Vetterlund, president of the Harbor Pilots Association, said the strike would begin on Monday.",
			[]string{"Orlan Vetterlund|leads|Harbor Pilots Association"}, nil},
		{"a vice president",
			"Strike Called\n\nOrlan Vetterlund, vice president of the Harbor Pilots Association, said the strike would begin on Monday.",
			nil, []string{"Orlan Vetterlund|leads|Harbor Pilots Association"}},
	})
}

// TestSecretaryGeneralTies: an organisation's secretary general leads it.
// All copy is invented.
func TestSecretaryGeneralTies(t *testing.T) {
	checkRelCases(t, []relCase{
		{"an organisation's secretary general",
			"Summit Opens\n\nOrganization of American States Secretary General Tomasz Ravelle opened the summit on Monday.",
			[]string{"Tomasz Ravelle|leads|Organization of American States"}, nil},
		{"a deputy secretary general",
			"Summit Opens\n\nOrganization of American States Deputy Secretary General Tomasz Ravelle opened the summit on Monday.",
			nil, []string{"Tomasz Ravelle|leads|Organization of American States"}},
	})
}

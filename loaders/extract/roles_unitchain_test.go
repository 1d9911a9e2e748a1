package extract

import "testing"

// TestUnitAfterAgency: in "NAME, TITLE, AGENCY (ABBR), LOCAL UNIT," the
// post's body is the agency's local unit named after it; not when the
// words after the comma name a larger body after a unit. All copy is
// invented.
func TestUnitAfterAgency(t *testing.T) {
	lead := "Extradition\n\nDENVER - Laura B. Finch, Special Agent in Charge, Drug Enforcement Administration (DEA), Denver Field Division, and Paul R. Ostrow, Special Agent in Charge, Federal Bureau of Investigation (FBI), Denver Field Office, announce the extradition of Tomas Reyes from Peru.\n"
	checkRoles(t, []roleCase{
		{name: "the unit after the agency", text: lead, person: "Laura B. Finch", org: "Denver Field Division"},
		{name: "the second holder's unit", text: lead, person: "Paul R. Ostrow", org: "Denver Field Office"},
		{name: "a possessive agency name",
			text:   "Extradition\n\nTAMPA - Ana Ruiz, Special Agent in Charge, U.S. Immigration and Customs Enforcement’s Homeland Security Investigations (HSI), Tampa Field Office, announced the arrest.\n",
			person: "Ana Ruiz", org: "Tampa Field Office"},
		{name: "a larger body after the unit",
			text:   "Witnesses\n\n- Mr. Luis Parra, Deputy Director, Homeland Security Investigations, U.S. Immigration and Customs Enforcement, U.S. Department of Homeland Security\n",
			person: "Luis Parra", org: "U.S. Immigration and Customs Enforcement", neg: true},
	})
}

// TestUnitAfterOfAgency: in "TITLE NAME of the AGENCY (ABBR), LOCAL
// UNIT;" and "TITLE NAME, of the AGENCY (ABBR), LOCAL UNIT;" the post is
// in the unit, and no body guessed before the name is kept. All copy is
// invented.
func TestUnitAfterOfAgency(t *testing.T) {
	list := "Charges\n\nThe case was announced by Special Agent in Charge Marta L. Quill of the Drug Enforcement Administration (DEA), Tucson Division; Special Agent in Charge Oren Vasko, Jr., of the Federal Bureau of Investigation (FBI), Tucson Division; and Special Agent in Charge Ida Brandt, of the Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF), Reno Field Office.\n"
	checkRoles(t, []roleCase{
		{name: "of the agency, then its unit", text: list, person: "Marta L. Quill", org: "Tucson Division"},
		{name: "not the agency itself", text: list, person: "Marta L. Quill", org: "Drug Enforcement Administration", neg: true},
		{name: "after a comma and a suffix", text: list, person: "Oren Vasko", org: "Tucson Division"},
		{name: "no agency guessed from the item before", text: list, person: "Oren Vasko", org: "Drug Enforcement Administration", neg: true},
		{name: "a field office", text: list, person: "Ida Brandt", org: "Reno Field Office"},
		{name: "the agency alone stays the body",
			text:   "Charges\n\nThe case was announced by Special Agent in Charge Marta L. Quill of the Drug Enforcement Administration (DEA) on Monday.\n",
			person: "Marta L. Quill", org: "Drug Enforcement Administration"},
	})
}

// TestUnitRightAfterAbbreviation: in "TITLE NAME of AGENCY (ABBR) LOCAL
// UNIT made …" the post is in the unit named right after the agency's
// abbreviation, with no comma between. All copy is invented.
func TestUnitRightAfterAbbreviation(t *testing.T) {
	text := "Charges\n\nSpecial Agent in Charge Nora T. Vell of Internal Revenue Service Criminal Investigation (IRS-CI) Tulsa Field Office made the announcement. Special Agent in Charge Piet Amsel of the Drug Enforcement Administration (DEA) Reno Field Division, and others attended.\n"
	checkRoles(t, []roleCase{
		{name: "the unit before a verb", text: text, person: "Nora T. Vell", org: "Tulsa Field Office"},
		{name: "not the agency", text: text, person: "Nora T. Vell", org: "IRS Criminal Investigation", neg: true},
		{name: "the unit before a comma", text: text, person: "Piet Amsel", org: "Reno Field Division"},
		{name: "the agency alone, a name after",
			text:   "Charges\n\nSpecial Agent in Charge Nora T. Vell of the Drug Enforcement Administration (DEA) Tuesday announced the arrests.\n",
			person: "Nora T. Vell", org: "Drug Enforcement Administration"},
	})
}

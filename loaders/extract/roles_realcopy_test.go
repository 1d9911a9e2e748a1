package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// Role patterns of real published copy (delegation lists, long titles,
// US-state offices, signature blocks, transcript turns). The sentences
// below are invented for these tests; none is taken from an evaluation
// article.

// roleCase is one invented text and the role it must (or, with neg, must
// not) give.
type roleCase struct {
	name, text, person, title, org string
	neg                            bool
}

// checkRoles extracts each case's text and checks its role.
func checkRoles(t *testing.T, cases []roleCase) {
	t.Helper()
	ex := newExtractor(t)
	for _, c := range cases {
		x := ex.Extract(article(c.text))
		found := false
		for _, r := range x.Roles {
			if r.Person == c.person && r.Org == c.org && (c.title == "" || r.Title == c.title) {
				found = true
			}
		}
		if found == c.neg {
			t.Errorf("%s: Extract(%q) roles = %+v, want %v of %s — %s — %s", c.name, c.text, x.Roles, !c.neg, c.person, c.title, c.org)
		}
	}
}

// TestPortfolioInCapitals checks offices whose portfolio is written in
// capitals after "of": "Secretary of Foreign Affairs, X".
func TestPortfolioInCapitals(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "possessor, portfolio, comma", text: "H\nBolivia's Secretary of Foreign Affairs, Ana Tupa Quenta, said no.",
			person: "Ana Tupa Quenta", title: "Secretary of Foreign Affairs", org: "Bolivia"},
		{name: "the, portfolio with the", text: "H\nTalks opened in Quito. The Minister of the Interior, Rosa Quishpe Lema, chaired them for Ecuador.",
			person: "Rosa Quishpe Lema", title: "Minister of the Interior", org: "Ecuador"},
		{name: "delegation list item", text: "H\nRepresenting Chile were the Minister of the Interior, Tomas Herrera Ruiz; and the Secretary of Social Development and Family, Rosa Ibáñez Toro.",
			person: "Rosa Ibáñez Toro", title: "Secretary of Social Development and Family", org: "Chile"},
		{name: "no comma", text: "H\nPeru's Minister of the Interior Rosa Quispe Mamani said no.",
			person: "Rosa Quispe Mamani", title: "Minister of the Interior", org: "Peru"},
		{name: "a country after of is a body, not a portfolio", text: "H\nThe President of Paraguay, Luis Benítez Roa, said no.",
			person: "Luis Benítez Roa", org: "Paraguay"},
	})
}

// TestUSStateOffices checks that a US state's name before a state office
// makes the state the office's body, and leaves federal offices alone.
func TestUSStateOffices(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "state before the title", text: "H\nOregon Governor Marla Quintrell said the port would stay open.",
			person: "Marla Quintrell", title: "Governor", org: "Oregon"},
		{name: "state read into the title", text: "H\nNevada Attorney General Dorian Faulks sued the company.",
			person: "Dorian Faulks", title: "Attorney General", org: "Nevada"},
		{name: "two-word state, abbreviated title", text: "H\nNorth Dakota Gov. Elsie Brandvold signed the bill.",
			person: "Elsie Brandvold", title: "Gov.", org: "North Dakota"},
		{name: "the federal office stays federal", text: "H\nAttorney General Pam Bondi said the cartel would be charged.",
			person: "Pam Bondi", org: "United States"},
		{name: "no federal body for a state office", text: "H\nOregon Governor Marla Quintrell said the port would stay open.",
			person: "Marla Quintrell", org: "United States", neg: true},
	})
}

// TestListedTitles checks lists of titled names: a title written before
// the next name is not the previous name's apposition, and people listed
// together share the government a listed US office states.
func TestListedTitles(t *testing.T) {
	text := "H\nThe U.S. team arrived in Mexico City on Monday for talks with Mexico. Mexico and Mexican officials welcomed them, and Mexico's foreign ministry hosted a dinner. " +
		"Associate Attorney General Dana Whitcombe, Deputy Secretary of State for Arctic Affairs Corwin Ashby, and Chief of Staff Lionel Marsh joined the talks."
	checkRoles(t, []roleCase{
		{name: "a listed US office gives the others' government", text: text,
			person: "Dana Whitcombe", org: "United States"},
		{name: "not the host country", text: text, person: "Dana Whitcombe", org: "Mexico", neg: true},
		{name: "the next name's title is not an apposition", text: text,
			person: "Dana Whitcombe", title: "Deputy Secretary of State", org: "United States", neg: true},
		{name: "the next name keeps its title", text: text,
			person: "Corwin Ashby", title: "Deputy Secretary of State for Arctic Affairs", org: "United States"},
		{name: "a title phrase before the next name is not the previous name's", text: "H\nThe U.S. team met in Lima. Acting Deputy Secretary of Homeland Security Laura Haddad, and Deputy Director of the Andean Policy Institute Peter Brandt joined the U.S. team.",
			person: "Laura Haddad", title: "Acting Deputy Secretary of Homeland Security", org: "United States"},
		{name: "a real apposition still reads", text: "H\nTalks opened on Monday. Dana Whitcombe, director of the Andean Policy Institute, said so.",
			person: "Dana Whitcombe", title: "director", org: "Andean Policy Institute"},
	})
}

// TestAmbassadorToBeforeName checks "X Ambassador to HOST NAME": the host
// is the post's remit, the sending government its body.
func TestAmbassadorToBeforeName(t *testing.T) {
	text := "H\nThe U.S. team met in Lima. Dr. Ana Wills and U.S. Ambassador to Peru Ken Salvat met with Peruvian President Rosa Quispe."
	checkRoles(t, []roleCase{
		{name: "the sending government", text: text, person: "Ken Salvat", title: "Ambassador to Peru", org: "United States"},
		{name: "not the host", text: text, person: "Ken Salvat", org: "Peru", neg: true},
		{name: "possessor before the title", text: "H\nTalks resumed. Chile's Ambassador to Bolivia Marta Ibáñez Lagos said so.",
			person: "Marta Ibáñez Lagos", title: "Ambassador to Bolivia", org: "Chile"},
	})
}

// TestBodyAfterFor checks "TITLE for the BODY (ACR) NAME" and a title
// repeated on a later mention, which names the post already stated.
func TestBodyAfterFor(t *testing.T) {
	text := "H\nThis week, Deputy Assistant Secretary of State for the Bureau of Coastal Security Affairs (BCSA) Ken Salvat led a delegation to Peru. " +
		"In Lima, Deputy Assistant Secretary Salvat announced new funding for Peru and Peru's navy."
	checkRoles(t, []roleCase{
		{name: "the body after for", text: text, person: "Ken Salvat", org: "Bureau of Coastal Security Affairs"},
		{name: "the repeated title is the same post", text: text, person: "Ken Salvat", org: "Peru", neg: true},
		{name: "the body after at, a remit in capitals before it", text: "H\nThe U.S. envoy flew to Panama with Deputy Assistant Secretary for Border and Visa Policy at the Ministry of Works Peter Brandt.",
			person: "Peter Brandt", title: "Deputy Assistant Secretary for Border and Visa Policy", org: "Ministry of Works"},
		{name: "a state after for is a remit", text: "H\nThe U.S. Special Envoy for Haiti Ken Salvat arrived in Port-au-Prince.",
			person: "Ken Salvat", org: "Haiti", neg: true},
	})
}

// TestDelegationItemsWithoutArticle checks delegation list items written
// "TITLE, NAME" with no article: the office is the delegation's
// government's.
func TestDelegationItemsWithoutArticle(t *testing.T) {
	text := "H\nRepresenting Peru were the Minister of Defense, Rosa Quispe Mamani; Chief Officer for South America, Roberto Vega Álvarez; and Secretary of Health, Dr. Jorge Alvarado Vela."
	checkRoles(t, []roleCase{
		{name: "office with a remit", text: text, person: "Roberto Vega Álvarez", org: "Peru"},
		{name: "honorific before the name", text: text, person: "Jorge Alvarado Vela", org: "Peru"},
	})
}

// TestDiplomaticTitles checks titles written the French or British way:
// "Chargé d'Affaires" is a title, not part of a name; "Counsellor" is a
// title head.
func TestDiplomaticTitles(t *testing.T) {
	ex := newExtractor(t)
	x := ex.Extract(article("H\nThe U.S. Chargé d’Affaires John Smith met the minister in Lima."))
	for _, e := range x.Entities {
		if e.Type == schema.Person && e.Name != "John Smith" {
			t.Errorf("person %q read from a title", e.Name)
		}
	}
	checkRoles(t, []roleCase{
		{name: "chargé d'affaires", text: "H\nThe U.S. Chargé d’Affaires John Smith met the minister in Lima.", person: "John Smith", org: "United States"},
		{name: "counsellor", text: "H\nCanada's Counsellor Lucie Tremblay spoke in Lima.", person: "Lucie Tremblay", org: "Canada"},
	})
}

// TestLongListItems checks list items whose title runs long: the words
// after a name's comma that run into the next name are that name's, and
// an office with a remit takes the government of an office listed before
// it.
func TestLongListItems(t *testing.T) {
	text := "H\nThe U.S. envoy flew to Panama. Members of the delegation included Commander of the U.S. Southern Command General Laura Whitcombe, " +
		"Assistant Secretary of Defense for Strategy and Regional Affairs Melissa Harlow, " +
		"Deputy Assistant Secretary for Border and Visa Policy at the Ministry of Works Peter Brandt, and others."
	checkRoles(t, []roleCase{
		{name: "remit title takes the listed government", text: text, person: "Melissa Harlow", org: "United States"},
		{name: "not the host", text: text, person: "Melissa Harlow", org: "Panama", neg: true},
		{name: "the next name's long title is not an apposition", text: text, person: "Melissa Harlow", title: "Deputy Assistant Secretary", neg: true},
	})
}

// TestTurnLabelOffice checks a transcript turn naming a known office
// holder by title and surname: the label states the post.
func TestTurnLabelOffice(t *testing.T) {
	text := "Interview With Radio Andina\n\nWASHINGTON\n\nQUESTION: Mr. Vice President, thank you. What did you see at the border?\n\n" +
		"VICE PRESIDENT QUAYLE: We saw the new crossing and met the officers who run it.\n"
	checkRoles(t, []roleCase{{name: "the gazetteer's office", text: text, person: "Dan Quayle", title: "Vice President", org: "United States"}})
}

// TestSignatureBlockBody checks a body that closes the line of a titled
// name, as in a signature block under a heading.
func TestSignatureBlockBody(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "body after the name", text: "Remarks on Border Trade at the Andean Forum\n\nAdministrator Ana Ruiz Drug Enforcement Administration\n\nThank you all for coming to Lima today.",
			person: "Ana Ruiz", org: "Drug Enforcement Administration"},
		{name: "government before the office", text: "Remarks at the Andean Forum\n\nSenior Advisor Ana Ruiz The White House Office of National Drug Control Policy\n\nThank you all for coming to Lima today.",
			person: "Ana Ruiz", org: "Office of National Drug Control Policy"},
	})
}

// TestStatedBodyReplacesGuess checks that a body an apposition states
// replaces the one guessed for the title before the name.
func TestStatedBodyReplacesGuess(t *testing.T) {
	text := "H\nThe Drug Enforcement Administration (DEA) seized 40 kilos. “This sends a message,” said Special Agent in Charge Carl Brenner, head of DEA’s Lima Field Division."
	checkRoles(t, []roleCase{
		{name: "the stated unit", text: text, person: "Carl Brenner", org: "Lima Field Division"},
		{name: "no guessed agency", text: text, person: "Carl Brenner", org: "Drug Enforcement Administration", neg: true},
	})
}

// TestAttorneyIsNoStateOffice checks that a bare "Attorney" before a name
// is a lawyer, not a state office, while "Attorney General" is one.
func TestAttorneyIsNoStateOffice(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "a lawyer", text: "H\nThe U.S. court ruled on Monday.\n\nAttorney Carl Brenner: “The ruling is wrong.”",
			person: "Carl Brenner", org: "United States", neg: true},
		{name: "a state office", text: "H\nThe U.S. court ruled on Monday. Attorney General Carl Brenner said the ruling was wrong.",
			person: "Carl Brenner", org: "United States"},
	})
}

// TestFieldBetweenModifierAndHead checks a capitalised field between a
// title's modifier and its head: "X Institute Senior Journalism Fellow Y".
func TestFieldBetweenModifierAndHead(t *testing.T) {
	checkRoles(t, []roleCase{{name: "the body before the title", text: "H\n“This is what awaits them,” said Andean Policy Institute Senior Journalism Fellow Carl Brenner on Monday.",
		person: "Carl Brenner", title: "Senior Journalism Fellow", org: "Andean Policy Institute"}})
}

// TestGroupNameBeforeLowerHead checks an apposition whose lower-case head
// follows a group's name: "X, an alleged MS-13 leader responsible for …".
func TestGroupNameBeforeLowerHead(t *testing.T) {
	checkRoles(t, []roleCase{{name: "the group's leader", text: "H\nIn Peru, prosecutors charged Rosa Ibáñez Soto, an alleged MS-13 leader responsible for five cliques, with terrorism.",
		person: "Rosa Ibáñez Soto", title: "leader", org: "MS-13"}})
}

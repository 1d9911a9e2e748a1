package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestNationalApposition checks that a name with an unknown given name is
// a person when an apposition gives a nationality, a citizenship or an
// age, and that a place apposed to a demonym stays no one. All copy is
// invented.
func TestNationalApposition(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		person     string
		not        []string
	}{
		{"a demonym and 'national' in a list item",
			"H\nThe following were removed:\n- Zorvan Quellat-Pirez, a Venezuelan national and gang member, convicted of robbery.",
			"Zorvan Quellat-Pirez", nil},
		{"a demonym and 'national' before a participle",
			"H\nOfficers removed Brevik Tamsado Ulloa, a Salvadoran national convicted of assault.",
			"Brevik Tamsado Ulloa", nil},
		{"a citizen of a country",
			"H\nAgents removed Quorin Delvado Arruste, a citizen of Honduras, on Friday.",
			"Quorin Delvado Arruste", nil},
		{"an age between commas",
			"H\nZennor Brisco Maltez, 35, was removed on an ICE Air flight.",
			"Zennor Brisco Maltez", nil},
		{"a dash apposition whose head is followed by a participle",
			"H\nOthers were arrested:\n- Zorvan Quellat — a fugitive wanted on murder charges — was arrested on Monday.",
			"Zorvan Quellat", nil},
		{"the victims of a murder named after 'of'",
			"H\nThe gang is blamed for the murders of Quillan Voss and Maribeth Tarrow.",
			"Quillan Voss", nil},
		{"a place apposed to a demonym noun that names no one",
			"H\nThe boat left Punta Quellar, a Venezuelan town, at dawn.",
			"", []string{"Punta Quellar"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkPersons(t, ex, c.text, []string{c.person}, c.not)
		})
	}
}

// TestNamesInOfficeLists checks two names in a list of offices: a Spanish
// title word ending a name before punctuation is a surname, and a
// portfolio "of the X" before a name with no known given name is the
// title's. All copy is invented.
func TestNamesInOfficeLists(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nMexico’s delegation included Secretary of the Interior Luisa María Alcalde; Attorney General of the Republic Alberto Brenn Quiroga; and others."
	x := ex.Extract(article(text))
	for _, p := range []string{"Luisa María Alcalde", "Alberto Brenn Quiroga"} {
		if !hasEntity(x, p, schema.Person) {
			t.Errorf("Extract(%q): no person %q in %+v", text, p, x.Entities)
		}
		if !hasRole(x, p, "Mexico") {
			t.Errorf("Extract(%q): no role of %s at Mexico in %+v", text, p, x.Roles)
		}
	}
}

// TestNoOneInPortfoliosAndAcronyms checks that an acronym's plural, the
// capitalised object of "against" in a portfolio, and a known agency's
// name written with a serial comma name no person and no truncated body.
// All copy is invented.
func TestNoOneInPortfoliosAndAcronyms(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nApplicants may request Employment Authorization Documents (EADs) from the agency. Mexico’s delegation included Federal Commissioner for Protection against Water Risks, Alberto Ruiz Lopez; and others. The Bureau of Alcohol, Tobacco, Firearms, and Explosives traced the guns."
	x := ex.Extract(article(text))
	x2 := ex.Extract(article("H\nAfter their call, the two Presidents reaffirmed the partnership."))
	if hasEntity(x2, "Presidents", schema.Person) {
		t.Errorf("person Presidents from a plural title in %+v", x2.Entities)
	}
	for _, n := range []string{"EADs", "Water Risks"} {
		if hasEntity(x, n, schema.Person) {
			t.Errorf("Extract(%q): person %q, want none", text, n)
		}
	}
	if !hasEntity(x, "Bureau of Alcohol, Tobacco, Firearms and Explosives", schema.Agency) || hasEntity(x, "Bureau of Alcohol", schema.Agency) {
		t.Errorf("Extract(%q): entities %+v, want the ATF whole", text, x.Entities)
	}
}

// TestNameWithoutMiddleInitial checks that a name written once with a
// middle initial and once without is one person. All copy is invented.
func TestNameWithoutMiddleInitial(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nThe meeting was led by Advisor Nathalie Q. Verdon. It was hosted by Deputy Minister Nathalie Verdon in Ottawa."
	x := ex.Extract(article(text))
	people := 0
	for _, e := range x.Entities {
		if e.Type == schema.Person {
			people++
		}
	}
	if !hasEntity(x, "Nathalie Q. Verdon", schema.Person) || people != 1 {
		t.Errorf("Extract(%q): entities %+v, want one person Nathalie Q. Verdon", text, x.Entities)
	}
}

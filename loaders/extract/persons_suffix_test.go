package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestNameSuffixesAndHonorifics checks that a generational suffix belongs
// to the name and a word honorific before it does not.
func TestNameSuffixesAndHonorifics(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, want, notWant, roleOrg string
	}{
		{"H\nThe Honorable Ana B. Ruiz, Jr., U.S. Secretary of Labor, will lead the delegation.", "Ana B. Ruiz, Jr.", "Honorable Ana B. Ruiz", "United States"},
		{"H\nGovernor Tomas P. Vela, Jr. welcomed the ministers to Austin.", "Tomas P. Vela, Jr.", "", ""},
		{"H\nThe team was led by Marco Diaz III, a U.S. Army colonel.", "Marco Diaz III", "", ""},
		{"H\nThey attended the inauguration of His Excellency Pablo Soto, President of the Republic of Peru.", "Pablo Soto", "Excellency Pablo Soto", "Peru"},
	} {
		x := ex.Extract(article(c.text))
		if !hasEntity(x, c.want, schema.Person) {
			t.Errorf("Extract(%q) entities = %+v, want person %q", c.text, x.Entities, c.want)
		}
		if c.notWant != "" && hasEntity(x, c.notWant, schema.Person) {
			t.Errorf("Extract(%q) entities = %+v, want no person %q", c.text, x.Entities, c.notWant)
		}
		if c.roleOrg != "" {
			found := false
			for _, r := range x.Roles {
				found = found || r.Org == c.roleOrg
			}
			if !found {
				t.Errorf("Extract(%q) roles = %+v, want one at %q", c.text, x.Roles, c.roleOrg)
			}
		}
	}
}

// TestElectTitles checks titles not yet taken up ("President-elect"),
// also with a capital ("President-Elect"), which is no word of the name.
func TestElectTitles(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ text, person, org string }{
		{"H\nThe president welcomed President-elect Ana Ruiz of Peru to the capital.", "Ana Ruiz", "Peru"},
		{"H\nChilean Minister-designate Tomas Vela met the press in Santiago.", "Tomas Vela", "Chile"},
		{"H\nThe envoy met President-Elect Quintal of Peru and President Obal of Chile.", "Quintal", "Peru"},
		{"H\nThe envoy met Prime Minister-Designate Ana Quirell of Peru in Lima.", "Ana Quirell", "Peru"},
	} {
		x := ex.Extract(article(c.text))
		if !hasRole(x, c.person, c.org) {
			t.Errorf("Extract(%q) roles = %+v, want %s at %s", c.text, x.Roles, c.person, c.org)
		}
	}
}

// TestGazetteerPeopleWithInitials checks that a known person written with
// a middle initial the gazetteer lacks keeps the office's country.
func TestGazetteerPeopleWithInitials(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nSmugglers moved cash through Peru and Chile, Attorney General Merrick B. Garland announced today."
	x := ex.Extract(article(text))
	for _, r := range x.Roles {
		if r.Org != "United States" {
			t.Errorf("Extract(%q) roles = %+v, want only the United States", text, x.Roles)
		}
	}
	if len(x.Roles) == 0 || !hasEntity(x, "Merrick B. Garland", schema.Person) {
		t.Errorf("Extract(%q) roles = %+v entities = %+v, want Merrick B. Garland's office", text, x.Roles, x.Entities)
	}
}

// TestServesAsTitleNames checks that a name no list knows is a person when
// the sentence gives it an office ("X served as governor of …").
func TestServesAsTitleNames(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"H\nThe gang grew while Zareck El Soto served as governor of Lara between 2012 and 2017.", "Zareck El Soto", true},
		{"H\nIn 2019, Zareck Quimbaya was appointed as Vice President of Peru.", "Zareck Quimbaya", true},
		{"H\nThe Rio Grande Valley served as a corridor for smugglers.", "Rio Grande Valley", false},
	} {
		x := ex.Extract(article(c.text))
		if got := hasEntity(x, c.name, schema.Person); got != c.want {
			t.Errorf("Extract(%q) entities = %+v, want person %q: %v", c.text, x.Entities, c.name, c.want)
		}
	}
}

// TestGazetteerPersonInitialAfterPortfolio checks that a known person
// written with a middle initial the gazetteer lacks is that person even
// where the title before the name ends in a body ("Secretary of Homeland
// Security X"), so the person can act in the sentence.
func TestGazetteerPersonInitialAfterPortfolio(t *testing.T) {
	checkRelCases(t, []relCase{
		{"title of a body, then the known name with an initial",
			"Ministers meet\n\nOn May 3, Secretary of Homeland Security Jeh C. Johnson met with ministers from Peru and Chile in Lima.",
			[]string{"Jeh Johnson|metWith|Peru", "Jeh Johnson|metWith|Chile"}, nil},
		{"an unknown name with an initial after the same title is not made a known person",
			"Ministers meet\n\nOn May 3, Secretary of Homeland Security Zorvan C. Johnson met with ministers from Peru in Lima.",
			nil, []string{"Jeh Johnson|metWith|Peru"}},
	})
}

// TestDegreeSuffixKeepsList checks that a degree after a name ("Alan Vik,
// M.D.") belongs to it and does not end the list of names a plural title
// governs: every name after "Senators" is a senator.
func TestDegreeSuffixKeepsList(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ text, person string }{
		{"H\nU.S. Senators Alan Vik, M.D. (R-La.), Rosa Tand (D-Ill.) and Omar Quill (D-Va.) met the ambassador of Chile today.", "Rosa Tand"},
		{"H\nU.S. Senators Alan Vik, M.D. (R-La.), Rosa Tand (D-Ill.) and Omar Quill (D-Va.) met the ambassador of Chile today.", "Omar Quill"},
	} {
		x := ex.Extract(article(c.text))
		found := false
		for _, r := range x.Roles {
			found = found || r.Person == c.person && r.Title == "Senator"
		}
		if !found {
			t.Errorf("Extract(%q) roles = %+v, want %s a Senator", c.text, x.Roles, c.person)
		}
	}
}

// TestCapitalDCNotInitials checks that "D.C." closing the capital's name
// is not read as the initials of the name after it when the sentence ends
// on the abbreviation ("… in Washington, D.C. Nelson, who …").
func TestCapitalDCNotInitials(t *testing.T) {
	ex := newExtractor(t)
	text := "Senator Meets Envoy\n\nSen. Ben Quillan (D-Neb.) met with the ambassador of Peru, Ana Ruiz, in Washington, D.C. Quillan, who chairs the panel, said the talks went well."
	x := ex.Extract(article(text))
	if hasEntity(x, "D.C. Quillan", schema.Person) {
		t.Errorf("Extract(%q) entities = %+v, want no person %q", text, x.Entities, "D.C. Quillan")
	}
	if !hasEntity(x, "Ben Quillan", schema.Person) {
		t.Errorf("Extract(%q) entities = %+v, want person %q", text, x.Entities, "Ben Quillan")
	}
}

package extract

import "testing"

// TestDefiniteNameNoPerson: a capitalised name right after "the", with no
// title or known given name, is a body's, not a person's, even before a
// reporting verb; a titled or given name after "the" stays a person.
func TestDefiniteNameNoPerson(t *testing.T) {
	ex := newExtractor(t)
	cases := []struct {
		name, text string
		want       []string
		notWant    []string
	}{
		{"a council before a verb", "H\nFrom prison, the Consejo Mayor continued to direct the gang's operations, prosecutors said.",
			nil, []string{"Consejo Mayor"}},
		{"a titled name", "H\nOfficials met the Interior Minister Quispe Huamani, who said the talks went well.",
			[]string{"Quispe Huamani"}, nil},
		{"a given name", "H\nA court heard that the Daniel Okoro who signed was the same man, prosecutors said.",
			[]string{"Daniel Okoro"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			for _, n := range c.want {
				if !hasEntity(x, n, "Person") {
					t.Errorf("Extract(%q) has no person %q; entities %+v", c.text, n, x.Entities)
				}
			}
			for _, n := range c.notWant {
				if hasEntity(x, n, "Person") {
					t.Errorf("Extract(%q) has person %q, want none", c.text, n)
				}
			}
		})
	}
}

// TestCartelBody: a name an apposition or relative clause makes a body of
// a criminal group the article names is that group's own criminal group;
// a body of a state's agency is not.
func TestCartelBody(t *testing.T) {
	ex := newExtractor(t)
	cases := []struct{ name, text, body string }{
		{"which is the gang's ruling body", "H\nAll the suspects make up the Junta Norteña, which is MS-13’s ruling body.", "Junta Norteña"},
		{"the cartel's armed wing", "H\nPolice raided Los Halcones Rojos, the Sinaloa Cartel’s armed wing, on Monday.", "Los Halcones Rojos"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if !hasEntity(x, c.body, "Cartel") {
				t.Errorf("Extract(%q) has no cartel %q; entities %+v", c.text, c.body, x.Entities)
			}
			if hasEntity(x, c.body, "Person") {
				t.Errorf("Extract(%q) has person %q", c.text, c.body)
			}
		})
	}
	x := ex.Extract(article("H\nThe Junta Norteña, the Navy’s ruling body, met on Monday."))
	if hasEntity(x, "Junta Norteña", "Cartel") {
		t.Errorf("a navy's body is a cartel: %+v", x.Entities)
	}
}

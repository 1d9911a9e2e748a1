package extract

import "testing"

// TestNationTitleBody checks that a post whose title a nation adjective
// qualifies ("U.S. District Judge", "Assistant U.S. Attorney") is held at
// the body named by "of" after the name, not at the nation, with the whole
// title, and that the moved post makes its holder head of nothing. All
// copy is invented.
func TestNationTitleBody(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		person    string
		wantOrg   string
		wantTitle string
		notOrg    string
	}{
		{
			name:      "district judge of a district",
			text:      "Courier Pleads Guilty\n\nTomas Velde pleaded guilty before U.S. District Judge Ana Ruiz of the Southern District of Iowa, who set sentencing for May.\n",
			person:    "Ana Ruiz",
			wantOrg:   "Southern District of Iowa",
			wantTitle: "U.S. District Judge",
			notOrg:    "United States",
		},
		{
			name:      "magistrate judge of the capital's district",
			text:      "Broker Appears in Court\n\nMara Olsen appeared before U.S. Magistrate Judge Ivo Brandt of the District of Columbia on Friday.\n",
			person:    "Ivo Brandt",
			wantOrg:   "District of Columbia",
			wantTitle: "U.S. Magistrate Judge",
			notOrg:    "United States",
		},
		{
			name:      "assistant attorney keeps the whole title",
			text:      "Pilot Charged\n\nLars Nyberg was arrested in the Eastern District of Texas. The case is prosecuted by Assistant U.S. Attorney Ole Sand of the Western District of Ohio.\n",
			person:    "Ole Sand",
			wantOrg:   "Western District of Ohio",
			wantTitle: "Assistant U.S. Attorney",
			notOrg:    "United States",
		},
		{
			name:      "a nation's minister named without a body stays the nation's",
			text:      "Talks Open\n\nPeruvian Interior Minister Rosa Quispe of Lima met the delegation on Monday.\n",
			person:    "Rosa Quispe",
			wantOrg:   "Peru",
			wantTitle: "Interior Minister",
		},
	}
	ex := newExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := ex.Extract(article(tc.text))
			found := false
			for _, r := range x.Roles {
				if r.Person != tc.person {
					continue
				}
				if r.Org == tc.notOrg {
					t.Errorf("Extract(%q): unwanted role %+v", tc.text, r)
				}
				if r.Org == tc.wantOrg && r.Title == tc.wantTitle {
					found = true
				}
			}
			if !found {
				t.Errorf("Extract(%q): no role %s — %s — %s in %+v", tc.text, tc.person, tc.wantTitle, tc.wantOrg, x.Roles)
			}
			for _, rel := range x.Relations {
				if rel.Subject == tc.person && rel.Predicate == "leads" {
					t.Errorf("Extract(%q): unwanted relation %+v", tc.text, rel)
				}
			}
		})
	}
}

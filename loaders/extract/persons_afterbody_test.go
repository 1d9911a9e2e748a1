package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestNameAfterTitledBody checks that a name whose given name no list
// knows, written right after a title completed by a body's name ("Acting
// Director of the X Network NAME"), is read as the holder of the title,
// not as more words of the body or a place, and that a deputy of a cabinet
// department holds a post of the government, as the secretary does. All
// copy is invented.
func TestNameAfterTitledBody(t *testing.T) {
	ex := newExtractor(t)
	for _, tc := range []struct {
		name, text, person, org string
		want                    bool
	}{
		{"body from the gazetteer",
			"Acting Director of the Financial Crimes Enforcement Network Orvin Tallow met counterparts in Lima on Tuesday.",
			"Orvin Tallow", "Financial Crimes Enforcement Network", true},
		{"body read from its head word",
			"The ministers thanked General Director of the Harbor Police Brisk Quellan, who opened the session.",
			"Brisk Quellan", "Harbor Police", true},
		{"surname that is also a particle",
			"Acting Director of the Financial Crimes Enforcement Network Tavrin Das spoke in Quito on Friday.",
			"Tavrin Das", "Financial Crimes Enforcement Network", true},
		{"deputy of a cabinet department sits for the government",
			"The United States sent a delegation. Deputy Secretary of Treasury Orvin Tallow discussed the plan with Peru on Monday.",
			"Orvin Tallow", "United States", true},
		{"capitals go on: no holder read",
			"Acting Director of the Financial Crimes Enforcement Network Miami Field Office Annex reopened on Tuesday.",
			"Miami Field Office Annex", "", false},
		{"no title before the body",
			"Money sent through the Financial Crimes Enforcement Network Orvin Tallow reviewed.",
			"Orvin Tallow", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := ex.Extract(article("Officials meet\n\n" + tc.text))
			got := false
			for _, e := range x.Entities {
				if e.Type == schema.Person && e.Name == tc.person {
					got = true
				}
			}
			if got != tc.want {
				t.Fatalf("person %q found = %v, want %v; entities = %+v", tc.person, got, tc.want, x.Entities)
			}
			if tc.org != "" && !hasRole(x, tc.person, tc.org) {
				t.Errorf("roles = %+v, want %s at %s", x.Roles, tc.person, tc.org)
			}
		})
	}
}

package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for this test; none is taken from an
// evaluation article.

// TestStateBodyHeads checks that a name ending in "Commission", "Authority"
// or "Tribunal" makes an agency, an international word before it an
// organisation, and a law's heading no body.
func TestStateBodyHeads(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
		typ        schema.EntityType
	}{
		{"H\nThe National Housing Commission opened an inquiry into the evictions.", "National Housing Commission", schema.Agency},
		{"H\nThe Ports Complaints Authority received 40 reports.", "Ports Complaints Authority", schema.Agency},
		{"H\nThe Supreme Water Tribunal fined the mayor.", "Supreme Water Tribunal", schema.Agency},
		{"H\nThe Inter-American Commission on Farm Rights asked for answers.", "Inter-American Commission on Farm Rights", schema.Organization},
		{"H\nThe UN Commission on Rivers met in May.", "UN Commission on Rivers", schema.Organization},
		{"H\nThe quasi-governmental National Grain Commission audited the mills.", "National Grain Commission", schema.Organization},
		{"H\nThe Revolutionary Commission of the Andes met in exile.", "Revolutionary Commission of the Andes", schema.Organization},
		{"H\nSection 2. Emergency Powers Authority. The Secretary may call up the reserve.", "", ""},
	} {
		x := ex.Extract(article(c.text))
		if c.name == "" {
			for _, e := range x.Entities {
				if e.Type == schema.Agency || e.Type == schema.Organization {
					t.Errorf("Extract(%q) has %s %q, want no body", c.text, e.Type, e.Name)
				}
			}
			continue
		}
		if !hasEntity(x, c.name, c.typ) {
			t.Errorf("Extract(%q) entities = %+v, want %s %q", c.text, x.Entities, c.typ, c.name)
		}
	}
}

// TestServiceAgencyNotOverseer checks that a bare "commissioner of police"
// is not held at the commission that oversees the police.
func TestServiceAgencyNotOverseer(t *testing.T) {
	ex := newExtractor(t)
	text := "Tobago: Corruption\n\nThe Police Standards Commission met in June to review promotions.\n\nIn August media reported bribery within the licensing office. Gun permits rose under former commissioner of police Dario Quill."
	x := ex.Extract(article(text))
	for _, r := range x.Roles {
		if r.Org == "Police Standards Commission" {
			t.Errorf("Extract(%q) role %+v, want none at the commission", text, r)
		}
	}
}

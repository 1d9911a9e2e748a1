package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestAndTheSubject checks that a body's complement runs on over "and the"
// to a second bare subject, and that two bodies joined by "and the" stay
// two.
func TestAndTheSubject(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		typ  schema.EntityType
		text string
		want []string
		not  string
	}{
		{schema.Agency, "H\nRep. Orla Venn, who sits on the House Committee on Fisheries and the Coastline, praised the bill.",
			[]string{"House Committee on Fisheries and the Coastline"}, ""},
		{schema.Organization, "H\nThe Tarrin Council on Music and the Performing Arts met on Monday.",
			[]string{"Tarrin Council on Music and the Performing Arts"}, ""},
		{schema.Agency, "H\nThe Department of Commerce and the Department of Labor met on Monday.",
			[]string{"Department of Commerce", "Department of Labor"}, "Department of Commerce and the Department of Labor"},
		{schema.Agency, "H\nThe Ministry of Fisheries and the Navy inspected the port.",
			[]string{"Ministry of Fisheries"}, "Ministry of Fisheries and the Navy"},
		{schema.Agency, "H\nThe Bureau of Ports and the Tarrin Coast Guard inspected the ship.",
			[]string{"Bureau of Ports"}, "Bureau of Ports and the Tarrin Coast Guard"},
		{schema.Agency, "H\nThe Office of Ports and the Secretary of Transport signed the order.",
			[]string{"Office of Ports"}, "Office of Ports and the Secretary"},
		{schema.Agency, "H\nThe Ministry of Harbours and the TPK each run patrols on the river.",
			[]string{"Ministry of Harbours"}, "Ministry of Harbours and the TPK"},
	} {
		x := ex.Extract(article(c.text))
		for _, w := range c.want {
			if !hasEntity(x, w, c.typ) {
				t.Errorf("Extract(%q) entities = %+v, want %q", c.text, x.Entities, w)
			}
		}
		if c.not != "" && hasEntity(x, c.not, c.typ) {
			t.Errorf("Extract(%q) entities = %+v, want no %q", c.text, x.Entities, c.not)
		}
	}
}

package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestLegislativeCaucus checks that a caucus of legislators is read as a
// body, an agency when its name holds the chamber and an organisation
// otherwise, and that a caucus no legislator is tied to is not read; and
// that "led by A and B" makes neither the sole leader. All copy is
// invented.
func TestLegislativeCaucus(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
		typ        schema.EntityType // "" when no such body is read
	}{
		{"Sen. Dora Hallet (R-Ore.), chairman of the Senate Caucus on Harbor Safety, spoke on Monday.\n",
			"Senate Caucus on Harbor Safety", schema.Agency},
		{"Rep. Amos Trell (D-Vt.), chair of the Congressional Orchard Caucus, met growers on Friday.\n",
			"Congressional Orchard Caucus", schema.Organization},
		{"Rep. Amos Trell (D-Vt.) is a co-chair of the Ruritania Caucus and visited the port.\n",
			"Ruritania Caucus", schema.Organization},
		{"The Plainfield Caucus issued a statement on Friday about the new tariffs.\n",
			"Plainfield Caucus", ""},
	} {
		x := ex.Extract(article("Caucus News\n\n" + c.text))
		got := hasEntity(x, c.name, schema.Agency) || hasEntity(x, c.name, schema.Organization)
		if c.typ == "" {
			if got {
				t.Errorf("%q: entities = %+v, want no %q", c.text, x.Entities, c.name)
			}
			continue
		}
		if !hasEntity(x, c.name, c.typ) {
			t.Errorf("%q: entities = %+v, want %s %q", c.text, x.Entities, c.typ, c.name)
		}
	}
}

// TestCoLeaders checks that "the X, led by A" makes A its leader and "the
// X, led by A and B" makes neither the sole leader. All copy is invented.
func TestCoLeaders(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text   string
		leader bool
	}{
		{"The Harbor Watch Alliance, led by Dora Hallet, will hold a hearing on Tuesday.\n", true},
		{"The Harbor Watch Alliance, led by Dora Hallet and Amos Trell, will hold a hearing on Tuesday.\n", false},
	} {
		x := ex.Extract(article("Hearing Notice\n\n" + c.text))
		if got := hasRole(x, "Dora Hallet", "Harbor Watch Alliance"); got != c.leader {
			t.Errorf("%q: roles = %+v, want Dora Hallet leading: %v", c.text, x.Roles, c.leader)
		}
	}
}

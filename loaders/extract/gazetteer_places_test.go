package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestWhiteHouseRooms checks that the rooms of the White House where
// leaders meet are places, not bodies. All copy is invented.
func TestWhiteHouseRooms(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ name, text, room string }{
		{"the president's office", "H\nThe president welcomed the prime minister of Belize in the Oval Office on Monday.", "Oval Office"},
		{"a meeting room", "H\nThe two delegations met in the Roosevelt Room for an hour.", "Roosevelt Room"},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			for _, typ := range []schema.EntityType{schema.Agency, schema.Organization} {
				if hasEntity(x, c.room, typ) {
					t.Errorf("Extract(%q) entities = %+v, want no entity %q", c.text, x.Entities, c.room)
				}
			}
		})
	}
}

// TestCapitalWithDistrict checks that the US capital written with its
// district ("Washington D.C.") is one name: the government where it acts,
// and a whole seat after "Embassy in". All copy is invented.
func TestCapitalWithDistrict(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, want string
		typ              schema.EntityType
	}{
		{"the government", "H\nWashington D.C. announced new tariffs on Peru on Monday.", "Washington D.C.", schema.Government},
		{"an embassy's seat", "H\nThe Peruvian Embassy in Washington D.C. hosted a reception on Monday.", "Peruvian Embassy in Washington D.C.", schema.Agency},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if !hasEntity(x, c.want, c.typ) {
				t.Errorf("Extract(%q) entities = %+v, want %s %q", c.text, x.Entities, c.typ, c.want)
			}
		})
	}
}

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// A commander signs for the command: "Adm. X, commander of U.S. Fourth
// Fleet, and Peru's defence minister signed a …". The officer who
// commands a military command or force signs a military agreement for
// that command, which is the party, not the government behind it; a
// minister signs for the government.

// commandedBody returns the agency person e commands in a current role
// the article gives ("commander", "commanding general"), or nil.
func (d *doc) commandedBody(e *entity) *entity {
	for _, r := range d.roles {
		if r.Person != e.name || r.Former {
			continue
		}
		t := fold(r.Title)
		if !strings.Contains(t, "commander") && !strings.Contains(t, "commanding") || strings.Contains(t, "deputy") {
			continue
		}
		if a := d.ents[string(schema.Agency)+"|"+fold(r.Org)]; a != nil {
			return a
		}
	}
	return nil
}

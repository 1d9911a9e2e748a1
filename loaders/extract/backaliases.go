package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// organizationBackRefs reads "the Organization", capitalised, as the
// international organisation named before it ("The United Nations said …
// The Organization will send staff"): an alias of it, not a new body.
func (d *doc) organizationBackRefs() {
	for i := 1; i < len(d.toks); i++ {
		t := d.toks[i]
		if t.key != "organization" && t.key != "organisation" || !t.cap || d.toks[i-1].key != "the" || d.at[i] != 0 {
			continue
		}
		if i+1 < len(d.toks) && !d.toks[i+1].brk && (d.capWord(i+1) || d.toks[i+1].key == "of") {
			continue // "the Organization of American States"
		}
		var last *entity
		for _, m := range d.ments {
			if m.s >= i {
				break
			}
			if m.ent != nil && m.ent.typ == schema.Organization && m.gaz != nil {
				if n := fold(m.ent.name); strings.Contains(n, "nations") || strings.Contains(n, "organization") || strings.Contains(n, "organisation") {
					last = m.ent
				}
			}
		}
		if last != nil {
			last.alias(d.surface(i, i+1))
			last.alias("the " + d.surface(i, i+1))
		}
	}
}

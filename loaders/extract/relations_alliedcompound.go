// An armed group named before "-allied" is the ally of the group named
// after it: "the G-Pep-allied Brooklyn gang", "a Rojo-allied gang, the
// Verde gang" is not read (the ally must follow at once).

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// alliedCompounds reads "X-allied Y" (also "X allied Y" with a space) as Y
// cooperating with X, when X and Y are different armed groups and Y is
// named right after the compound. The folded compound "x-allied" glued
// into one token is matched by X's name or an alias.
func (d *doc) alliedCompounds(add func(*entity, string, *entity, int)) {
	for i, t := range d.toks {
		var ally *entity
		switch {
		case t.key == "allied":
			j := i - 1
			if j >= 0 && d.toks[j].key == "-" && !t.space {
				j--
			}
			if m := d.mentionAt(j); m != nil && m.e == j+1 && m.ent != nil && d.toks[j].sent == t.sent {
				ally = m.ent
			}
		case strings.HasSuffix(t.key, "-allied"):
			ally = d.groupNamed(strings.TrimSuffix(t.key, "-allied"))
		default:
			continue
		}
		if ally == nil || ally.typ != schema.Cartel || i+1 >= len(d.toks) || d.toks[i+1].sent != t.sent {
			continue
		}
		m := d.mentionAt(i + 1)
		if m == nil || m.s != i+1 || m.ent == nil || m.ent == ally || m.ent.typ != schema.Cartel {
			continue
		}
		add(m.ent, "cooperatesWith", ally, i)
	}
}

// groupNamed returns the armed group whose folded name or alias is key,
// nil when none or more than one is.
func (d *doc) groupNamed(key string) *entity {
	var found *entity
	for _, e := range d.ents {
		if e.typ != schema.Cartel {
			continue
		}
		if fold(e.name) == key || hasAlias(e, key) {
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// A body's kind said before its name: "the NGO Citizen Initiative for
// Open Courts", "the group Harbour Workers Pact", "the organization Rural
// Justice Initiative". The noun says the name is an organisation's, even
// when its head word is an agreement's ("Initiative", "Pact").

package extract

import "github.com/newsgraph/newsgraph/schema"

// bodyKindNouns name the kind of a non-governmental body written just
// before its name.
var bodyKindNouns = set("ngo", "ngos", "group", "organization", "organisation", "association", "foundation", "coalition", "network", "movement")

// namedBodyKind moves the start s of a name headed at token i past a
// sentence-initial "The NGO" ("The NGO Citizen Initiative …": "NGO" is the
// body's kind, not its name's first word), and types as an organisation an
// agreement-headed name that a body noun introduces.
func (d *doc) namedBodyKind(s, i int, typ schema.EntityType) (int, schema.EntityType) {
	if s < i && s > 0 && d.toks[s].key == "ngo" && determiners[d.toks[s-1].key] && d.capWord(s+1) && d.toks[s-1].sent == d.toks[s].sent {
		s++
	}
	if typ != schema.Agreement || s == 0 || d.toks[s].brk {
		return s, typ
	}
	p := d.toks[s-1]
	if p.sent == d.toks[s].sent && bodyKindNouns[p.key] && (!p.cap || p.upper) && s >= 2 && determiners[d.toks[s-2].key] {
		typ = schema.Organization
	}
	return s, typ
}

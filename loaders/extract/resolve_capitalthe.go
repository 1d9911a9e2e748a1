package extract

import "github.com/newsgraph/newsgraph/schema"

// Some bodies write "The" as part of their name: "The Wilson Center",
// "The Heritage Foundation". Inside a sentence or a line, a capital "The"
// before a body's name marks that form; the name with it is an alias (in a
// headline too, where it costs nothing: an alias adds no entity).

// capitalTheAliases gives every organisation, agency or group named right
// after a capitalised "The" that opens no sentence or line the name with
// "The" as an alias.
func (d *doc) capitalTheAliases() {
	for _, m := range d.ments {
		if m.ent == nil || m.s < 2 || m.quoted {
			continue
		}
		switch m.ent.typ {
		case schema.Organization, schema.Agency, schema.Cartel:
		default:
			continue
		}
		t := d.toks[m.s-1]
		if t.key != "the" || !t.cap || t.brk || d.toks[m.s-2].sent != t.sent {
			continue
		}
		m.ent.alias(d.surface(m.s-1, m.e))
	}
}

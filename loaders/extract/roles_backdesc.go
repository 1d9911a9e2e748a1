// A description that opens a sentence right after one naming a single
// person refers back to that person: "Troops captured X near Y. The
// reputed leader of the Z gang was with two guards."

package extract

import "github.com/newsgraph/newsgraph/schema"

// hedgeWords qualify a description without being part of the post
// ("the reputed leader", "the alleged head").
var hedgeWords = set("reputed", "alleged", "suspected", "purported", "presumed", "accused", "self-styled")

// backDescriptionRoles gives the post of "The [hedge] TITLE of BODY" that
// opens a sentence naming no person, as its subject, to the one person the
// sentence before names outside quotations.
func (d *doc) backDescriptionRoles(add func(*entity, string, *entity, int)) {
	for _, om := range d.ments {
		if om.ent == nil || d.inQuote[om.s] {
			continue
		}
		switch om.ent.typ {
		case schema.Cartel, schema.Agency, schema.Organization:
		default:
			continue
		}
		title, ok := d.openingTitleOf(om, true)
		if !ok {
			continue
		}
		sent := d.toks[om.s].sent
		// the description is the sentence's subject: a verb follows it
		if om.e >= len(d.toks) || d.toks[om.e].kind != tWord || d.toks[om.e].cap || d.toks[om.e].sent != sent ||
			d.toks[om.e].key == "and" || d.toks[om.e].key == "or" || portfolioPreps[d.toks[om.e].key] {
			continue
		}
		if p := d.solePersonIn(sent - 1); p != nil {
			add(p, d.titleText(title), om.ent, om.s)
		}
	}
}

// solePersonIn is the one person sentence sent names outside quotations,
// or nil when it names none or several.
func (d *doc) solePersonIn(sent int) *entity {
	var p *entity
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Person || d.toks[m.s].sent != sent {
			continue
		}
		if d.inQuote[m.s] || p != nil && p != m.ent {
			return nil
		}
		p = m.ent
	}
	return p
}

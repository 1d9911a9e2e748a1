package extract

import "github.com/newsgraph/newsgraph/schema"

// A headline written in title case capitalises its verb: "Navy Secretary X
// Welcomes Chile's Navy Chief Y", "Adm. X Meets With Minister Y".
// The name reader takes such a word for part of a name, so a headline's
// verb of meeting is read here: the person named just before it met the
// persons named after it.

// headlineMeetVerbs are the present forms of meeting a headline uses.
var headlineMeetVerbs = set("meets", "meet", "greets", "greet", "welcomes", "welcome", "hosts", "host", "receives", "receive")

// headlineMeetings reads the verb of meeting of a title-case headline.
func (d *doc) headlineMeetings(add func(*entity, string, *entity, int)) {
	for v := 1; v+1 < len(d.toks) && d.toks[v].para == 0; v++ {
		t := d.toks[v]
		if !t.cap || !headlineMeetVerbs[t.key] || !d.titlecase[t.para] {
			continue
		}
		m := d.mentionAt(v - 1)
		if m == nil || m.ent == nil || m.ent.typ != schema.Person || m.e != v || d.mentionAt(v) == m {
			continue
		}
		o := v + 1
		if d.toks[o].key == "with" {
			o++ // "Meets With"
		}
		for _, g := range d.headlinePersonsFrom(o) {
			add(m.ent, "metWith", g, v)
		}
	}
}

// headlinePersonsFrom are the persons a headline names from token j on,
// over the words of their titles and states ("Chile's Navy Chief X",
// "President X and Minister Y"), up to the first lower-case word of
// another kind.
func (d *doc) headlinePersonsFrom(j int) []*entity {
	var out []*entity
	for ; j < len(d.toks) && d.toks[j].para == 0; j++ {
		if m := d.mentionAt(j); m != nil {
			if m.ent != nil && m.ent.typ == schema.Person {
				out = append(out, m.ent)
			}
			j = m.e - 1
			continue
		}
		switch t := d.toks[j]; {
		case t.kind == tWord && t.cap, t.key == "'s", t.key == "of", t.key == "the", t.key == "and", t.key == ",":
		default:
			return out
		}
	}
	return out
}

// A call or briefing's moderator hands the floor to a reporter with the
// outlet: "we'll go to X with the Daily Ledger", "now we will go over to
// Y from Radio Norte". The reporter is the outlet's, as in "This is X
// from Y" (roles_byline.go).

package extract

import "github.com/newsgraph/newsgraph/schema"

// callOnRoles gives the reporters a moderator calls on their outlet.
func (d *doc) callOnRoles(add func(*entity, string, *entity, int)) {
	for i := 1; i+3 < len(d.toks); i++ {
		if k := d.toks[i].key; k != "go" && k != "turn" || d.inQuote[i] {
			continue
		}
		j := i + 1
		if d.toks[j].key == "next" || d.toks[j].key == "over" {
			j++
		}
		if d.toks[j].key == "to" {
			j++
		}
		if j == i+1 && d.toks[i-1].key != "to" {
			continue // "go X with Y" only after "going to": "we're going to go X with Y"
		}
		m := d.mentionAt(j)
		if m == nil || m.s != j || m.ent == nil || m.ent.typ != schema.Person || m.e+1 >= len(d.toks) {
			continue
		}
		if k := d.toks[m.e].key; k != "with" && k != "from" {
			continue
		}
		if o := d.calledOutlet(m.e + 1); o != nil {
			d.ruled("role/moderator-call", i, m.e+1)
			add(m.ent, "reporter", o, m.s)
		}
	}
}

// calledOutlet returns the outlet named from token k to the end of its
// sentence: an organisation's mention, or a capitalised acronym the text
// names no body for ("KTV", "the DL").
func (d *doc) calledOutlet(k int) *entity {
	if k < len(d.toks) && d.toks[k].key == "the" {
		k++
	}
	if k >= len(d.toks) {
		return nil
	}
	end := func(e int) bool { // the outlet closes the sentence or its clause
		return e >= len(d.toks) || d.toks[e].sent != d.toks[k].sent || d.toks[e].kind != tWord || d.toks[e].key == "first"
	}
	if o := d.mentionAt(k); o != nil && o.s == k {
		if o.ent != nil && (o.ent.typ == schema.Organization || o.ent.typ == schema.Agency) && end(o.e) {
			return o.ent
		}
		return nil
	}
	if t := d.toks[k]; t.kind == tWord && t.upper && t.letters >= 2 && t.letters <= 5 && end(k+1) {
		return &entity{name: d.surface(k, k+1), typ: schema.Organization}
	}
	return nil
}

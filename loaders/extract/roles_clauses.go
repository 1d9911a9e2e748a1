// Roles stated by a clause: "X now leads research at the Y", "He was
// ambassador to Peru", "the coalition, led by X".

package extract

import (
	"github.com/newsgraph/newsgraph/schema"
)

// workVerbs state where someone works, with the title they give.
var workVerbs = map[string]string{"leads": "head", "heads": "head", "directs": "director", "runs": "head",
	"teaches": "teacher", "lectures": "lecturer", "works": "member", "researches": "researcher",
	"worked": "former member", "served": "former member", "taught": "former teacher", "spent": "former member"}

// workClause reads a clause of the person mention m that says where the
// person works: "X now leads research on Y at the Z", "X teaches law at the
// Z", "X spent 22 years with the Z". It returns the person, the body and a
// title, or a nil body.
func (d *doc) workClause(m *mention) (*entity, *entity, string) {
	i := m.e
	for i < len(d.toks) && clauseAdverbs[d.toks[i].key] {
		i++
	}
	if i >= len(d.toks) {
		return nil, nil, ""
	}
	verb := d.toks[i].key
	title, ok := workVerbs[verb]
	if !ok {
		return nil, nil, ""
	}
	years := false
	for k := i + 1; k < len(d.toks) && k <= i+9 && d.toks[k].sent == d.toks[i].sent; k++ {
		key := d.toks[k].key
		if key == "years" || key == "decades" || key == "months" {
			years = true
		}
		if key == "," || key == ";" || key == "and" || key == "who" || key == "that" || d.toks[k].kind == tQuote {
			break
		}
		if key != "at" && key != "for" && key != "with" && key != "in" {
			if d.at[k] != 0 {
				break // another name in between: not this clause's body
			}
			continue
		}
		if key == "with" && verb != "spent" && verb != "worked" && verb != "served" {
			continue // "works with the DEA": a partner, not an employer
		}
		if verb == "spent" && !years {
			return nil, nil, ""
		}
		j := k + 1
		if j < len(d.toks) && d.toks[j].key == "the" {
			j++
		}
		om := d.mentionAt(j)
		if om == nil || om.s != j || om.ent == nil || om.ent.typ != schema.Agency && om.ent.typ != schema.Organization {
			continue
		}
		om.attached = true
		return m.ent, om.ent, title
	}
	return nil, nil, ""
}

// pronounCopulaRoles reads "She is a senior fellow at the X", "He was
// ambassador to Peru": a title after a subject pronoun and a copula.
func (d *doc) pronounCopulaRoles(add func(*entity, string, *entity, int)) {
	for i := 0; i+2 < len(d.toks); i++ {
		g, ok := pronounGender[d.toks[i].key]
		if !ok || g != 'm' && g != 'f' || d.inQuote[i] || d.toks[i+1].key != "is" && d.toks[i+1].key != "was" {
			continue
		}
		if i > 0 && d.toks[i-1].sent == d.toks[i].sent && d.toks[i-1].key != "," && d.toks[i-1].key != "and" {
			continue // only a clause's subject
		}
		if p := d.resolvePronoun(i, g); p != nil {
			d.appositionAt(p, &mention{s: i, e: i + 1, ent: p}, i+2, nil, add)
		}
	}
}

// pronounWorkRoles reads "She teaches law at the X", "He now leads research
// at the Y": a work clause whose subject is a pronoun.
func (d *doc) pronounWorkRoles(add func(*entity, string, *entity, int)) {
	for i := 0; i+2 < len(d.toks); i++ {
		g, ok := pronounGender[d.toks[i].key]
		if !ok || g != 'm' && g != 'f' || d.inQuote[i] || i > 0 && d.toks[i-1].sent == d.toks[i].sent {
			continue
		}
		if p := d.resolvePronoun(i, g); p != nil {
			if _, o, title := d.workClause(&mention{s: i, e: i + 1, ent: p}); o != nil {
				add(p, title, o, i)
			}
		}
	}
}

// ledByVerbs, as participles before "by", make the person after them the
// head of the group before them, with the title they give.
var ledByVerbs = map[string]string{"led": "leader", "headed": "leader", "run": "leader", "commanded": "leader",
	"directed": "leader", "founded": "founder"}

// ledByRoles reads "the coalition, led by former police officer X", "a gang
// founded by X": the leader or founder of the group before the participle.
func (d *doc) ledByRoles(add func(*entity, string, *entity, int)) {
	for i := 1; i+2 < len(d.toks); i++ {
		title, ok := ledByVerbs[d.toks[i].key]
		b := d.sinceYearEnd(i + 1) // "led since 2019 by X"
		if !ok || b+1 >= len(d.toks) || d.toks[b].key != "by" || d.inQuote[i] {
			continue
		}
		j := b + 1
		for j < len(d.toks) && j < i+8 && d.at[j] == 0 && (d.isTitleTok(j) || d.toks[j].key == "the") {
			j++
		}
		pm := d.mentionAt(j)
		if pm == nil || pm.ent == nil || pm.ent.typ != schema.Person || pm.s != j {
			continue
		}
		org := d.groupBefore(i)
		if org == nil || d.coLeaderAfter(pm.e) {
			continue
		}
		add(pm.ent, title, org, i)
	}
}

// workClauseRoles reads "X now leads research at the Y", "X teaches law at
// the Y", "X spent 22 years with the Y": a work clause of a named person.
func (d *doc) workClauseRoles(add func(*entity, string, *entity, int)) {
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Person || m.quoted {
			continue
		}
		if p, o, title := d.workClause(m); o != nil {
			add(p, title, o, m.s)
		}
	}
}

// headVerbs before a body's name make their subject its head, with the
// title they give: a past form a post held before.
var headVerbs = map[string]string{
	"heads": "head", "leads": "head", "commands": "head", "directs": "head", "runs": "head", "chairs": "head",
	"headed": "former head", "led": "former head", "commanded": "former head", "directed": "former head",
	"ran": "former head", "chaired": "former head",
}

// headedRoles reads "he headed U.S. Space Command", "X leads the Y": the
// head (or former head) of the body after the verb.
func (d *doc) headedRoles(add func(*entity, string, *entity, int)) {
	for i := 1; i+1 < len(d.toks); i++ {
		title, ok := headVerbs[d.toks[i].key]
		if !ok {
			continue
		}
		j := i + 1
		if d.toks[j].key == "the" {
			j++
		}
		om := d.mentionAt(j)
		if om == nil || om.ent == nil || om.s != j || om.ent.typ != schema.Agency && om.ent.typ != schema.Organization && om.ent.typ != schema.Cartel {
			continue
		}
		if d.instructsTo(om.e) {
			continue // "X directed the Y and the Z to act": an order, not a post
		}
		var p *entity
		if g, ok := pronounGender[d.toks[i-1].key]; ok && (g == 'm' || g == 'f') {
			p = d.resolvePronoun(i-1, g)
		} else if pm := d.mentionAt(i - 1); pm != nil && pm.ent != nil && pm.ent.typ == schema.Person {
			p = pm.ent
		}
		add(p, title, om.ent, i)
	}
}

// instructsTo reports whether, after the bodies a verb takes ending before
// token k, "to" and a lower-case word follow: "directed the Department of
// Justice and the Department of State to make this happen" gives an
// order, heading neither.
func (d *doc) instructsTo(k int) bool {
	for ; k+1 < len(d.toks) && d.toks[k].sent == d.toks[k-1].sent; k++ {
		switch t := d.toks[k]; {
		case t.key == "to":
			n := d.toks[k+1]
			return n.kind == tWord && !n.cap && n.sent == t.sent && d.at[k+1] == 0
		case t.key == "and" || t.key == "," || t.key == "the":
		case d.at[k] != 0:
			if m := d.mentionAt(k); m == nil || m.ent == nil || m.ent.typ == schema.Person {
				return false
			}
		default:
			return false
		}
	}
	return false
}

// sinceYearEnd is the token after a year's adverbial at token k ("since
// 2019", "until 2021", "from 2018"), or k when none is there.
func (d *doc) sinceYearEnd(k int) int {
	if k+1 >= len(d.toks) || d.toks[k].key != "since" && d.toks[k].key != "until" && d.toks[k].key != "from" {
		return k
	}
	if y := d.toks[k+1]; y.kind == tWord && y.letters == 0 && len(y.key) == 4 {
		return k + 2
	}
	return k
}

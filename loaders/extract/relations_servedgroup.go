// A person said to work for a criminal group, or to serve in a post in
// it: "X worked for the Y Cartel as an enforcer", "X served as a
// lieutenant in the Y Cartel".

package extract

import "github.com/newsgraph/newsgraph/schema"

// workForms and serveForms are the verbs of working for, and serving in a
// post in, a group.
var (
	workForms  = set("work", "works", "worked", "working")
	serveForms = set("serve", "serves", "served", "serving")
)

// servedGroups reads "X worked (directly) for the Y Cartel" and "X served
// as a lieutenant (enforcer, …) in (for, of) the Y Cartel": the person
// subject is the group's member. A negated, modal or hypothetical verb is
// no tie; a lawyer, witness or informant serving a group is none of its
// members, and a leader's post ("served as the leader of") is left to
// the rules of leads, but the head of a part ("a plaza boss for") is a
// member.
func (d *doc) servedGroups(add func(*entity, string, *entity, int)) {
	for v := 1; v+2 < len(d.toks); v++ {
		key := d.toks[v].key
		work, serve := workForms[key], serveForms[key]
		if !work && !serve || d.toks[v].cap || d.inQuote[v] {
			continue
		}
		sent := d.toks[v].sent
		p := -1
		for k := v + 1; k < len(d.toks) && k <= v+6 && d.toks[k].sent == sent; k++ {
			t := d.toks[k]
			if groupHeadNouns[t.key] && groupPartWords[d.toks[k-1].key] {
				continue // "a plaza boss", "a cell leader": the head of a part, a member
			}
			if counselNouns[t.key] || groupHeadNouns[t.key] || t.kind != tWord || t.cap || d.mentionAt(k) != nil {
				break
			}
			if t.key == "for" || serve && (t.key == "in" || t.key == "of") && d.toks[v+1].key == "as" {
				p = k
				break
			}
			if k == v+1 && serve && t.key != "as" {
				break // "served a sentence for": no post
			}
		}
		if p < 0 {
			continue
		}
		org := d.memberBodies(p+1, sent)
		if len(org) == 0 || org[0].typ != schema.Cartel {
			continue
		}
		g := d.verbGroup(v)
		if g.neg || g.modal || g.infinitive || d.hypothetical(v) {
			continue
		}
		for _, s := range d.actorsLeft(g.start, sent, "memberOf", sideSubj) {
			if s.typ == schema.Person {
				add(s, "memberOf", org[0], v)
			}
		}
	}
}

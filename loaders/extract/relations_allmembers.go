// People listed, then said together to belong to a body: "A, B and C,
// all members of X", "A and B, both activists of the political party Y".

package extract

import "github.com/newsgraph/newsgraph/schema"

// allMemberNouns are the plural nouns that, after "all" or "both" in
// apposition to listed people, say each belongs to the body named after
// "of" (a list of data/lexicon/words.tsv).
var allMemberNouns = lexWords.set("allMemberNouns")

// allMembers reads ", all (both) <members> of X" after a list of people:
// each of them is memberOf X, a group or an organisation.
func (d *doc) allMembers(add func(*entity, string, *entity, int)) {
	for i := 1; i+3 < len(d.toks); i++ {
		if d.toks[i].key != "," || d.inQuote[i] {
			continue
		}
		q := d.toks[i+1].key
		if q != "all" && q != "both" || !allMemberNouns[d.toks[i+2].key] || d.toks[i+3].key != "of" {
			continue
		}
		sent := d.toks[i].sent
		if m := d.mentionAt(i - 1); m == nil || m.ent == nil || m.ent.typ != schema.Person {
			continue
		}
		people := d.actorsLeft(i, sent, "memberOf", sideSubj)
		k := i + 4
		for k < len(d.toks) && k < i+8 && d.mentionAt(k) == nil && d.toks[k].kind == tWord && !d.toks[k].cap && d.toks[k].sent == sent {
			k++ // "of the political party Y": the words that say what Y is
		}
		for _, o := range d.memberBodies(k, sent) {
			if o.typ != schema.Cartel && o.typ != schema.Organization {
				continue
			}
			for _, p := range people {
				if p.typ == schema.Person {
					add(p, "memberOf", o, i)
				}
			}
		}
	}
}

// A person described in apposition by what he does for a criminal group:
// "X, a chief organizer of heroin shipments for the Y Cartel", "X, a money
// launderer for Y".

package extract

import "github.com/newsgraph/newsgraph/schema"

// counselNouns work for a group without belonging to it: "X, a lawyer for
// the cartel".
var counselNouns = set("lawyer", "lawyers", "attorney", "attorneys", "counsel", "advocate", "defender", "witness",
	"informant", "negotiator", "mediator", "journalist", "reporter", "researcher", "analyst", "expert")

// agentForGroup reads an indefinite apposition after a person that ends
// in "for" a criminal group ("X, a chief organizer of heroin shipments
// for the Y Cartel,"): the person works for the group, its member. The
// apposition is lower-case words only (no clause, no other name), and a
// lawyer or a witness for a group is none of its members.
func (d *doc) agentForGroup(add func(*entity, string, *entity, int)) {
	for i := 1; i+4 < len(d.toks); i++ {
		if d.toks[i].key != "," || d.inQuote[i] {
			continue
		}
		if a := d.toks[i+1].key; a != "a" && a != "an" {
			continue
		}
		pm := d.mentionAt(i - 1)
		if pm == nil || pm.e != i || pm.ent == nil || pm.ent.typ != schema.Person {
			continue
		}
		sent := d.toks[i].sent
		for k := i + 2; k < len(d.toks) && k < i+10 && d.toks[k].sent == sent; k++ {
			t := d.toks[k]
			if t.key == "for" && k > i+2 {
				o := k + 1
				if o < len(d.toks) && d.toks[o].key == "the" {
					o++
				}
				o = d.adjectivesBeforeGroup(o)
				if m := d.mentionAt(o); m != nil && m.s == o && m.ent != nil && m.ent.typ == schema.Cartel {
					add(pm.ent, "memberOf", m.ent, k)
				}
				break
			}
			if t.kind == tWord && (t.cap || d.mentionAt(k) != nil || relConj[t.key] || counselNouns[t.key] || hasVerbCue(t.key)) ||
				t.kind != tWord && t.key != "-" {
				break
			}
		}
	}
}

// An enforcement act written as a label before a noun: "convicted cartel
// leader X", "X, the indicted narcoterrorist", "Y, a previously-designated
// enterprise". The label states the act was done to the person or group.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// labelActs are the participles of an act that may label the person or
// group it was done to, with the act's predicate.
var labelActs = map[string]string{"indicted": "charged", "convicted": "convicted", "designated": "designated", "sanctioned": "sanctioned"}

// labelStops follow a participle that is no label but a verb or a reduced
// relative clause: "indicted in Miami", "designated as", "convicted of".
var labelStops = set("by", "in", "on", "for", "of", "to", "as", "at", "from", "with", "under", "and", "or", "earlier", "last",
	"today", "yesterday", "this", "that", "who", "which")

// labelledActs reads the acts labels state: the participle after a
// determiner, "of" or a comma, before a noun, and the person it labels
// named right after the noun phrase ("convicted Sinaloa Cartel leader X")
// or right before the comma of an apposition ("X, the indicted
// narcoterrorist"). The actor is the government whose prosecutors the
// text names (a charge or conviction), or the sanctions office acting in
// the text (a designation or sanction).
func (d *doc) labelledActs(add func(*entity, string, *entity, int)) {
	for v := 1; v+2 < len(d.toks); v++ {
		pred, ok := labelActs[strings.TrimPrefix(d.toks[v].key, "previously-")]
		if !ok || d.inQuote[v] {
			continue
		}
		sent := d.toks[v].sent
		p := v - 1
		if p >= 1 && d.toks[p].key == "-" && !d.toks[p].space && d.toks[p-1].key == "previously" {
			p -= 2 // "a previously-designated enterprise"
		} else if d.toks[p].key == "previously" {
			p--
		}
		if p < 0 || d.toks[p].sent != sent {
			continue
		}
		lead := d.toks[p].key
		if lead != "the" && lead != "a" && lead != "an" && lead != "of" && lead != "," {
			continue
		}
		if n := d.toks[v+1]; n.sent != sent || n.kind != tWord || labelStops[n.key] || relNegs[n.key] {
			continue
		}
		var obj *entity
		if (lead == "the" || lead == "a" || lead == "an") && p >= 2 && d.toks[p-1].key == "," {
			if m := d.mentionAt(p - 2); m != nil && m.e == p-1 && m.ent != nil && typeOK(pred, sideObj, m.ent.typ) {
				obj = m.ent // "X, the indicted narcoterrorist"
			}
		}
		if obj == nil {
			obj = d.labelledAfter(v+1, sent, pred)
		}
		if obj == nil {
			continue
		}
		var subj *entity
		switch pred {
		case "charged", "convicted":
			subj = d.prosecutingGov()
			if subj == nil {
				if g := d.courtCountry(v+1, sent); len(g) == 1 {
					subj = g[0]
				}
			}
			if subj == nil {
				subj = d.govNamed("United States") // a label in copy about the United States' cases
			}
		default:
			subj = d.officeActor()
		}
		if subj != nil && subj != obj {
			add(subj, pred, obj, v)
		}
	}
}

// labelledAfter is the person a label's noun phrase from token k names
// right after it: "Sinaloa Cartel leader X", "narcoterrorist and former
// dictator X"; nil when the phrase ends otherwise.
func (d *doc) labelledAfter(k, sent int, pred string) *entity {
	for j := k; j < len(d.toks) && j < k+8 && d.toks[j].sent == sent; j++ {
		if m := d.mentionAt(j); m != nil {
			if m.ent != nil && m.ent.typ == schema.Person && j > k {
				return m.ent
			}
			if m.ent != nil && (m.ent.typ == schema.Cartel || m.ent.typ == schema.Government) || m.class == mDemonym {
				j = m.e - 1 // "Sinaloa Cartel leader", "Venezuelan dictator"
				continue
			}
			return nil
		}
		t := d.toks[j]
		if t.kind != tWord || t.cap && !titleHeads[t.key] && !titleMods[t.key] || actorStop[t.key] || labelStops[t.key] && t.key != "and" {
			return nil
		}
	}
	return nil
}

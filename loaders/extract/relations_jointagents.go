package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Two to four states named together as the agent of one act done once
// for all of them act together: "the resolution co-penned by A and B",
// "an event co-hosted by the Governments of A, B, and C", "the joint
// statement released by A, B, and C", "the resolution proposed by A and
// B". Each pair of them cooperates. A participle with "co-" (or after
// "jointly") names a shared act of any bodies; the plain participles of
// sharedAgentActs only of states. People who share a task ("jointly
// prosecuted by Trial Attorneys A and B") are colleagues, not partners;
// a longer list is a roll of signatories, not a partnership the text
// states.

// sharedAgentActs are plain participles whose agents, when two to four
// states, did one act together.
var sharedAgentActs = set("proposed", "released", "hosted", "organized", "organised", "convened", "drafted", "presented",
	"submitted", "sponsored", "authored")

// maxSharedAgents is the longest agent list read as partners.
const maxSharedAgents = 4

// sharedAgents reads "<participle> by A(, B) and C" as A, B and C
// cooperating.
func (d *doc) sharedAgents(add func(*entity, string, *entity, int)) {
	for i := 1; i+2 < len(d.toks); i++ {
		if d.toks[i+1].key != "by" || d.inQuote[i] || d.mentionAt(i) != nil {
			continue
		}
		key := d.toks[i].key
		co := strings.HasSuffix(key, "ed") && (strings.HasPrefix(key, "co-") || d.toks[i-1].key == "jointly" ||
			i >= 2 && d.toks[i-1].key == "-" && d.toks[i-2].key == "co") // "co-hosted" is one token, "co-penned" three
		if !co && !sharedAgentActs[key] {
			continue
		}
		sent := d.toks[i].sent
		if d.toks[i-1].sent != sent || relNegs[d.toks[i-1].key] || d.isModal(i-1) {
			continue
		}
		list := d.agentList(i+2, sent)
		if len(list) < 2 || len(list) > maxSharedAgents {
			continue
		}
		kinds := true
		for _, e := range list {
			kinds = kinds && e.typ != schema.Person && (co || e.typ == schema.Government)
		}
		if !kinds {
			continue
		}
		eachPair(list, func(a, b *entity) { add(a, "cooperatesWith", b, i) })
	}
}

// agentListSkips may open an item of an agent list: "the Governments of
// A, B, and C".
var agentListSkips = set("the", "governments", "government", "of")

// agentList reads the named actors listed from token k on ("A, B, and
// C"), up to a comma that no name follows; an item "A's B" is B
// ("Mexico's financial intelligence unit" names the unit). Nil when an
// item after "and" is no named actor.
func (d *doc) agentList(k, sent int) []*entity {
	var out []*entity
	for k < len(d.toks) && d.toks[k].sent == sent {
		for k < len(d.toks) && agentListSkips[d.toks[k].key] && d.mentionAt(k) == nil {
			k++
		}
		m := d.mentionAt(k)
		if m == nil || m.ent == nil {
			return nil
		}
		if m.e+1 < len(d.toks) && d.toks[m.e].key == "'s" {
			if n := d.mentionAt(m.e + 1); n != nil && n.ent != nil {
				m = n
			}
		}
		if !containsEnt(out, m.ent) {
			out = append(out, m.ent)
		}
		k = m.e
		switch {
		case k+1 < len(d.toks) && d.toks[k].key == "," && d.toks[k+1].key == "and":
			k += 2
		case k < len(d.toks) && d.toks[k].key == "and":
			k++
		case k+1 < len(d.toks) && d.toks[k].key == "," && d.mentionAt(k+1) != nil:
			k++
		default:
			return out // "A and B, passed …": the list has ended
		}
	}
	return out
}

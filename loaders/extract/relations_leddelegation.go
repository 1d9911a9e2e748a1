package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// ledStateDelegation replaces, among the actors objs of a meeting, a
// state that stands for its delegation ("the U.S. delegation") by the
// persons the same sentence names as leading that delegation before it:
// "A led the U.S. delegation in a meeting hosted by B" reports that A met
// B, not that the United States did. A state no one is said to lead
// stays.
func (d *doc) ledStateDelegation(objs []*entity, start, sent int) []*entity {
	for k := start - 1; k >= 2 && d.toks[k].sent == sent && k > start-30; k-- {
		if d.toks[k].key != "delegation" {
			continue
		}
		m := d.mentionAt(k) // "the Chilean delegation", read as its state
		if m == nil {
			m = d.mentionAt(k - 1) // "the U.S. delegation"
		}
		if m == nil || m.e < k || m.ent == nil || m.ent.typ != schema.Government {
			return objs
		}
		l := m.s - 1
		if l >= 0 && determiners[d.toks[l].key] {
			l--
		}
		if l < 1 || d.toks[l].sent != sent || !leadVerbs[d.toks[l].key] {
			return objs
		}
		if g := d.verbGroup(l); g.neg || g.modal || g.infinitive {
			return objs
		} else if leaders := personsOnly(d.actorsLeft(g.start, sent, "metWith", sideSubj)); len(leaders) > 0 {
			var out []*entity
			for _, o := range objs {
				if o != m.ent {
					out = append(out, o)
				}
			}
			return append(out, leaders...)
		}
		return objs
	}
	return objs
}

// agentByAt returns the "by" that opens a participle's agent right after
// the cue ending at token end, over one adverb in -ly ("hosted by X",
// "hosted virtually by X", "warmly welcomed by X"), or -1.
func (d *doc) agentByAt(end int) int {
	by := end
	if by < len(d.toks) && d.toks[by].kind == tWord && !d.toks[by].cap && len(d.toks[by].key) > 3 && strings.HasSuffix(d.toks[by].key, "ly") &&
		by+1 < len(d.toks) && d.toks[by+1].sent == d.toks[by].sent {
		by++
	}
	if by < len(d.toks) && d.toks[by].key == "by" {
		return by
	}
	return -1
}

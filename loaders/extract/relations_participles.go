// Past participles used as adjectives: "the designated terrorist
// organization X", "an indicted trafficker".

package extract

import "strings"

// participleAdjective reports whether the past form of cue c at token v
// modifies a noun after an article ("the designated foreign terrorist
// organization", "a newly sanctioned company"): no actor of the sentence
// did it.
func (d *doc) participleAdjective(v int, c relCue) bool {
	if !c.past || len(c.rest) > 0 || v == 0 {
		return false
	}
	k := v - 1
	if t := d.toks[k]; k > 0 && t.kind == tWord && !t.cap && strings.HasSuffix(t.key, "ly") && len(t.key) > 4 {
		k-- // "the newly designated"
	}
	if d.toks[k].sent != d.toks[v].sent {
		return false
	}
	switch d.toks[k].key {
	case "the", "a", "an":
		return v+1 < len(d.toks) && d.toks[v+1].kind == tWord && d.toks[v+1].sent == d.toks[v].sent
	}
	return false
}

// reportedClauseBetween reports whether a reported clause opens between
// the last mention of e before token i and i ("X announced that …",
// "Y said that …"): e is the reporter, not an actor of the clause.
func (d *doc) reportedClauseBetween(e *entity, i, sent int) bool {
	for k := i - 1; k > 0 && d.toks[k].sent == sent; k-- {
		if m := d.mentionAt(k); m != nil && m.ent == e {
			return false
		}
		if d.toks[k].key != "that" {
			continue
		}
		j := k - 1
		if j > 0 && relAux[d.toks[j].key] {
			j-- // "announced today that"
		}
		if announceVerbs[d.toks[j].key] || speechVerbs[d.toks[j].key] {
			return true
		}
	}
	return false
}

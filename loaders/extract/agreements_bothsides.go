package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// The two sides as a sentence's subject: "Both governments agreed to …,
// including through the X initiative", "The two countries launched the
// Y dialogue", "Additionally, the leaders discussed … the Z
// Declaration"; in a joint text, "Our governments have expanded …" are
// the governments its headline names as issuing it. An agreement named in a sentence whose subject is both
// governments binds the two governments the article names most, though
// the sentence itself may name only one of them.

// bothSidesParties adds to parties of agreement e the two governments the
// article names most when a sentence of sents opens with "both
// governments" or "the two countries"; it returns how many it added.
func (d *doc) bothSidesParties(e *entity, sents map[int]bool, parties map[string]bool) int {
	n := 0
	for i := range d.toks {
		if !sents[d.toks[i].sent] || !d.sentenceSubjectStart(i) || !d.bothSidesAt(i) {
			continue
		}
		govs := d.twoMostNamedGovs()
		if d.toks[i].key == "our" {
			if h := d.headlineGovs(); len(h) >= 2 {
				govs = h // "Joint Statement from A, B, and C" … "Our governments have …"
			}
		}
		for _, g := range govs {
			if !parties[g.name] {
				parties[g.name] = true
				d.partyBecause(e, g.name, "agreement-party/both-sides-subject", i)
				n++
			}
		}
	}
	return n
}

// bothSidesAt reports whether "both governments", "the two countries" or
// "the two [adjective] nations" stands at token i.
func (d *doc) bothSidesAt(i int) bool {
	j := i
	if d.toks[i].key == "the" && i+1 < len(d.toks) && sidePlurals[d.toks[i+1].key] {
		return true // "the leaders discussed …"
	}
	switch {
	case d.toks[j].key == "both":
		j++
	case d.toks[j].key == "our" && j+1 < len(d.toks) && govPlurals[d.toks[j+1].key]:
		return true // "Our governments have expanded …": those who issue the text
	case d.toks[j].key == "our" && j+2 < len(d.toks) && cardinalWords[d.toks[j+1].key] > 1 && govPlurals[d.toks[j+2].key]:
		return true // "Our two (three) governments launched …"
	case d.toks[j].key == "the" && j+1 < len(d.toks) && d.toks[j+1].key == "two":
		j += 2
	default:
		return false
	}
	if j < len(d.toks) && d.toks[j].kind == tWord && !d.toks[j].cap && !govPlurals[d.toks[j].key] && !sidePlurals[d.toks[j].key] && j+1 < len(d.toks) {
		j++ // "the two neighbouring countries"
	}
	return j < len(d.toks) && (govPlurals[d.toks[j].key] || sidePlurals[d.toks[j].key])
}

// sidePlurals name the two sides of a meeting by those who speak for
// them: "the leaders", "both sides", "the two delegations".
var sidePlurals = set("leaders", "presidents", "sides", "delegations")

// sentenceSubjectStart reports whether token i opens its sentence's
// subject: the sentence's first word, or the first after an opening
// adverb and its comma ("Additionally, the leaders …").
func (d *doc) sentenceSubjectStart(i int) bool {
	if i == 0 || d.toks[i-1].sent != d.toks[i].sent {
		return true
	}
	return i >= 2 && d.toks[i-1].key == "," && (i == 2 || d.toks[i-3].sent != d.toks[i].sent) &&
		strings.HasSuffix(d.toks[i-2].key, "ly")
}

// twoMostNamedGovs returns the two governments the article names most,
// the first named first on a tie.
func (d *doc) twoMostNamedGovs() []*entity {
	count := map[*entity]int{}
	for _, c := range d.countries {
		if ge := d.govNamed(c.country); ge != nil && ge.typ == schema.Government {
			count[ge]++
		}
	}
	out := topTwo(count)
	if len(out) < 2 {
		return nil
	}
	return out
}

// headlineGovs returns the governments the headline names, those who issue
// a joint text ("Joint Statement from Chile, Peru, and Ecuador"), in the
// order named.
func (d *doc) headlineGovs() []*entity {
	var out []*entity
	for _, m := range d.ments {
		if d.toks[m.s].para != 0 {
			break
		}
		if m.ent != nil && m.ent.typ == schema.Government && !containsEnt(out, m.ent) {
			out = append(out, m.ent)
		}
	}
	return out
}

// topTwo returns the two entities counted most in count, the one the
// article names first on a tie; it empties count of them.
func topTwo(count map[*entity]int) []*entity {
	var out []*entity
	for len(out) < 2 {
		var best *entity
		for e, n := range count {
			if best == nil || n > count[best] || n == count[best] && e.first < best.first {
				best = e
			}
		}
		if best == nil {
			break
		}
		out = append(out, best)
		delete(count, best)
	}
	return out
}

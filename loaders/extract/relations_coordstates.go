package extract

import "github.com/newsgraph/newsgraph/schema"

// Two or more states' people named together as the subject of one act
// act together: "Ecuadorian and U.S. military forces launched
// operations", "Colombian and U.S. authorities are investigating the
// attack", "Mexican and U.S. law enforcement officials extradite
// fugitives". The states cooperate. A negated act, a statement ("U.S.
// and Mexican officials said") or an act of discord ("disagreed") states
// no cooperation.

// coordStateOpeners open a fronted phrase before the clause subject: "On
// March 3, A and B forces launched …".
var coordStateOpeners = set("on", "in", "during", "since", "today", "yesterday", "earlier", "last", "this", "after", "for")

// coordStateSkips may stand before the coordinated adjectives: "Senior
// U.S. and Mexican officials", "Both the U.S. and Honduran governments".
var coordStateSkips = set("the", "both", "senior", "top", "high-level")

// coordStateHeads are the plural people nouns (besides headNouns) that may
// end the subject: "the U.S. and Mexican governments".
var coordStateHeads = set("governments", "agencies", "militaries", "navies")

// coordStateAux are the words that may stand between the subject and its
// act: auxiliaries and adverbs.
var coordStateAux = set("are", "were", "is", "was", "have", "has", "had", "also", "currently", "jointly", "together", "now",
	"recently", "successfully", "again", "will", "would", "continue", "continued", "continues", "to", "did", "do", "does")

// discordActs are acts that two sides' people do against each other.
var discordActs = set("disagreed", "disagree", "disagrees", "clashed", "clash", "differ", "differed", "disputed", "dispute",
	"accused", "accuse", "blamed", "blame", "traded", "argued", "argue", "split", "broke", "sparred")

// coordinatedStates reads a sentence opened by coordinated states' people
// that act: each pair of the states cooperates.
func (d *doc) coordinatedStates(add func(*entity, string, *entity, int)) {
	for i := 0; i < len(d.toks); i++ {
		if i > 0 && d.toks[i-1].sent == d.toks[i].sent || d.inQuote[i] {
			continue
		}
		sent := d.toks[i].sent
		p := d.clauseSubjectStart(i, sent)
		if p < 0 {
			continue
		}
		states, h := d.coordStateSubject(p, sent)
		if len(states) < 2 {
			continue
		}
		v := h
		for v < len(d.toks) && d.toks[v].sent == sent && v < h+4 && coordStateAux[d.toks[v].key] {
			v++
		}
		if v >= len(d.toks) || d.toks[v].sent != sent {
			continue
		}
		t := d.toks[v]
		if t.kind != tWord || t.cap || funcWords[t.key] || actorStop[t.key] || discordActs[t.key] || relNegs[t.key] || d.mentionAt(v) != nil ||
			d.verbGroup(v).neg || speechVerbs[t.key] {
			continue
		}
		eachPair(states, func(a, b *entity) { add(a, "cooperatesWith", b, v) })
	}
}

// clauseSubjectStart returns the first token of the clause subject of the
// sentence that starts at token i: i, or the token after the comma that
// closes a fronted phrase ("On March 3, …"); -1 when that comma is not
// within ten tokens.
func (d *doc) clauseSubjectStart(i, sent int) int {
	if !coordStateOpeners[d.toks[i].key] {
		return i
	}
	for k := i + 1; k < len(d.toks) && d.toks[k].sent == sent && k < i+10; k++ {
		if d.toks[k].key == "," {
			return k + 1
		}
	}
	return -1
}

// coordStateSubject reads, from token p, states named as adjectives or
// names before a people noun ("Ecuadorian and U.S. military forces",
// "U.S., Haitian authorities") and returns them with the token after the
// noun; nil when the phrase is no such list.
func (d *doc) coordStateSubject(p, sent int) ([]*entity, int) {
	k := p
	for n := 0; n < 2 && k < len(d.toks) && coordStateSkips[d.toks[k].key]; n++ {
		k++
	}
	var out []*entity
	for k < len(d.toks) && d.toks[k].sent == sent && k < p+14 {
		m := d.mentionAt(k)
		if m == nil || m.s != k {
			return nil, 0
		}
		g := d.govOf(m)
		if g == nil || g.typ != schema.Government || containsEnt(out, g) {
			return nil, 0
		}
		out = append(out, g)
		if m.ent != nil && m.e < len(d.toks) && govWords[d.toks[m.e-1].key] {
			// "… and Peruvian authorities": the head is inside the name
			return out, m.e
		}
		k = m.e
		if k < len(d.toks) && d.toks[k].key == "," {
			k++
		}
		if k < len(d.toks) && d.toks[k].key == "and" {
			k++
			continue
		}
		if k < len(d.toks) && d.mentionAt(k) != nil {
			continue // "U.S., Haitian authorities"
		}
		for n := 0; n < 2 && k+1 < len(d.toks) && d.toks[k].kind == tWord && !d.toks[k].cap && d.mentionAt(k) == nil &&
			!headNouns[d.toks[k].key] && !coordStateHeads[d.toks[k].key] && !funcWords[d.toks[k].key]; n++ {
			k++ // "law enforcement", "military"
		}
		if k < len(d.toks) && (headNouns[d.toks[k].key] || coordStateHeads[d.toks[k].key]) {
			return out, k + 1
		}
		return nil, 0
	}
	return nil, 0
}

// What a verb cue's surroundings say of its actors: a past participle
// used as an adjective ("the designated terrorist organization X"), a
// reported clause ("X announced that Y was extradited"), a named object
// coordinated after an unnamed one ("dismantle the supply chain and the
// X cartel"), a subordinate clause before the object ("apprehended
// since X took office").

package extract

import "strings"

// participleAdjective reports whether the past form of cue c at token v
// modifies a noun after an article ("the designated foreign terrorist
// organization", "a newly sanctioned company"), or its -ing form a title
// right after it ("X, commanding general of Y"): no actor of the sentence
// did it.
func (d *doc) participleAdjective(v int, c relCue) bool {
	if len(c.rest) == 0 && strings.HasSuffix(d.toks[v].key, "ing") && v+1 < len(d.toks) && d.toks[v+1].sent == d.toks[v].sent &&
		titleHeads[d.toks[v+1].key] && d.mentionAt(v+1) == nil && !d.progressiveTitledObject(v) {
		return true // "X, commanding general of Y", "a leading expert": an adjective of a title
	}
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

// secondConjunct reports whether an actor follows token end as the
// second of two coordinated objects whose first is an unnamed thing: "to
// dismantle the fentanyl supply chain and the X cartel". The first is a
// plain noun phrase (no preposition, no name) of at most five words.
func (d *doc) secondConjunct(end, sent int) bool {
	k := end
	for ; k < len(d.toks) && k < end+5 && d.toks[k].sent == sent; k++ {
		t := d.toks[k]
		if t.key == "and" && k > end {
			break
		}
		if t.kind != tWord || t.cap || d.mentionAt(k) != nil || relConj[t.key] || placePreps[t.key] || t.key == "of" || t.key == "to" || t.key == "for" {
			return false
		}
	}
	if k >= len(d.toks) || d.toks[k].key != "and" || k+1 >= len(d.toks) {
		return false
	}
	return d.directObject(k+1, sent, false)
}

// subordinators open an adverbial clause: an actor after one is its
// subject, not the object of the verb before it.
var subordinators = set("since", "after", "before", "when", "while", "because", "until", "although", "once", "whenever")

// subordinateBefore reports whether a subordinator followed by its own
// clause stands between token end and the first mention of e after it:
// "apprehended since President X took office".
func (d *doc) subordinateBefore(end int, e *entity, sent int) bool {
	for k := end; k < len(d.toks) && d.toks[k].sent == sent; k++ {
		if m := d.mentionAt(k); m != nil && (m.ent == e || m.ent == nil) {
			return false // e, or a demonym that stands for it ("the Haitian people")
		}
		if subordinators[d.toks[k].key] && k+1 < len(d.toks) && d.toks[k+1].kind == tWord {
			return true
		}
	}
	return false
}

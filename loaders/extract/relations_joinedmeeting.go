package extract

import "github.com/newsgraph/newsgraph/schema"

// Taking part in someone else's meeting: "A and B joined the Ambassador in
// a meeting with C and D", "A took part in talks with C", "A participated
// in a call with C". Those who join or take part meet the people the
// meeting is with, and so does the one joined; the one joined is company,
// not someone met.

// joinedMeetings reads "A joined B in a meeting with C" and "A took part
// in a meeting with C": A (and B) met C. The verb is one of
// participateVerbs, which also take a led operation as object, or "part"
// after a form of "take". The ones joined may be several ("joined members
// of the cabinet and President B for a bilateral meeting with C"), and the
// meeting may follow "for" as well as "in".
func (d *doc) joinedMeetings(add func(*entity, string, *entity, int)) {
	for v := 1; v < len(d.toks); v++ {
		key := d.toks[v].key
		if !participateVerbs[key] && key != "part" || d.inQuote[v] || d.mentionAt(v) != nil {
			continue
		}
		if key == "part" && d.toks[v-1].key != "took" && d.toks[v-1].key != "take" && d.toks[v-1].key != "takes" && d.toks[v-1].key != "taking" {
			continue
		}
		sent := d.toks[v].sent
		start := v
		if key == "part" {
			start = v - 1
		}
		g := d.verbGroup(start)
		if g.neg || g.modal || g.infinitive || d.hypothetical(start) {
			continue
		}
		in := -1
		for k := v + 1; k < len(d.toks) && d.toks[k].sent == sent && k < v+10; k++ {
			if d.toks[k].key == "in" || d.toks[k].key == "for" && k > v+1 {
				in = k
				break
			}
			if actorStop[d.toks[k].key] || relConj[d.toks[k].key] && d.toks[k].key != "and" || d.toks[k].key == "to" {
				break
			}
		}
		if in < 0 {
			continue
		}
		with := d.meetingWith(in+1, sent)
		if with < 0 {
			continue
		}
		objs := d.actorsRight(with+1, sent, "metWith", sideObj)
		if len(objs) == 0 {
			continue
		}
		subjs := d.actorsLeft(g.start, sent, "metWith", sideSubj)
		if in > v+1 { // the one joined: "joined the Ambassador in …"
			subjs = append(subjs, d.joinedOne(v+1, in, sent)...)
		}
		for _, s := range subjs {
			for _, o := range objs {
				add(s, "metWith", o, v)
			}
		}
	}
}

// meetingWith returns the "with" after a meeting noun at token i, over a
// determiner and up to two modifiers ("a meeting with", "the bilateral
// talks with"), or -1.
func (d *doc) meetingWith(i, sent int) int {
	for k := i; k < len(d.toks) && d.toks[k].sent == sent && k < i+4; k++ {
		t := d.toks[k]
		if nounCue(t.key) == "metWith" && d.mentionAt(k) == nil {
			if k+1 < len(d.toks) && d.toks[k+1].key == "with" && d.toks[k+1].sent == sent {
				return k + 1
			}
			return -1
		}
		if t.kind != tWord || t.cap || d.mentionAt(k) != nil {
			return -1
		}
	}
	return -1
}

// joinedOne returns the people named or referred to between tokens from
// and to: "joined President X in …", "joined the Ambassador in …",
// "joined members of the cabinet and President X for …".
func (d *doc) joinedOne(from, to, sent int) []*entity {
	var out []*entity
	for k := from; k < to; k++ {
		if m := d.mentionAt(k); m != nil {
			if m.ent != nil && m.ent.typ == schema.Person {
				out = append(out, m.ent)
			}
			k = m.e - 1
			continue
		}
		if k > from && d.toks[k-1].key == "the" && titleHeads[d.toks[k].key] && (k+1 == to || d.mentionAt(k+1) == nil) {
			if e := d.titleReferent(k); e != nil {
				out = append(out, e)
			}
		}
	}
	return out
}

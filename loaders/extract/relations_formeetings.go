package extract

import "github.com/newsgraph/newsgraph/schema"

// A journey or a joining whose purpose a "for" phrase names: "A and B
// visited X for meetings with C", "A traveled to Lima for talks
// with C", "A … and was joined by B for meetings with C". Those who went,
// and those who joined them, met C.

// forMeetings reads "… for (a) meeting(s)/talks with C" after a trip or
// visit verb, or after "joined by B": the verb's subject (and B) met C.
func (d *doc) forMeetings(add func(*entity, string, *entity, int)) {
	for f := 1; f+2 < len(d.toks); f++ {
		if d.toks[f].key != "for" || d.inQuote[f] {
			continue
		}
		sent := d.toks[f].sent
		with := d.meetingWith(f+1, sent)
		if with < 0 {
			continue
		}
		objs := d.actorsRight(with+1, sent, "metWith", sideObj)
		if len(objs) == 0 {
			continue
		}
		v, by := d.purposeVerb(f, sent)
		if v < 0 {
			continue
		}
		g := d.verbGroup(v)
		if g.neg || g.modal || g.infinitive || d.hypothetical(g.start) {
			continue
		}
		subjs := d.actorsLeft(g.start, sent, "metWith", sideSubj)
		if g.start > 0 && (d.toks[g.start-1].key == "and" || d.toks[g.start-1].key == ",") {
			subjs = nil // "A took part in X, and was joined by B": A, the sentence's subject
			if s, ok := d.coordinatedSubject(g.start, sent, "metWith"); ok {
				subjs = s
			} else if p := d.sentencePersonSubject(f); p != nil {
				subjs = []*entity{p}
			}
		}
		if by >= 0 {
			subjs = append(subjs, d.personsIn(by+1, f, nil)...) // "joined by Ambassador B": B
		}
		for _, s := range subjs {
			for _, o := range objs {
				add(s, "metWith", o, f)
			}
		}
	}
}

// purposeVerb returns the trip or visit verb a "for" phrase at token f
// gives the purpose of ("visited X this week for", "traveled to
// Lima for"), and the "by" of "joined by B for" (-1 otherwise); -1, -1
// when a clause boundary or no such verb comes first.
func (d *doc) purposeVerb(f, sent int) (v, by int) {
	for k := f - 1; k > 0 && k > f-16 && d.toks[k].sent == sent; k-- {
		key := d.toks[k].key
		if m := d.mentionAt(k); m != nil {
			k = m.s
			continue
		}
		if key == "by" && d.toks[k-1].key == "joined" {
			return k - 1, k
		}
		if tripVerbs[key] || visitForms[key] && key != "visit" {
			return k, -1
		}
		if actorStop[key] || relConj[key] || key == "," || key == "who" || key == "which" || key == "that" {
			break
		}
	}
	return -1, -1
}

// sentencePersonSubject is the person the sentence of token i opens with
// (after a fronted phrase of time: "On Tuesday, A …"), or nil when its
// first actor named is something else.
func (d *doc) sentencePersonSubject(i int) *entity {
	sent := d.toks[i].sent
	for k := d.sentStart(i); k < len(d.toks) && d.toks[k].sent == sent; k++ {
		if m := d.mentionAt(k); m != nil && m.ent != nil {
			if m.ent.typ == schema.Person {
				return m.ent
			}
			return nil
		}
	}
	return nil
}

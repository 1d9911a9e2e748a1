package extract

import "github.com/newsgraph/newsgraph/schema"

// titleBetweenTitled reports whether an apposition ending at token j sits
// between two titled people of a list: "joined by the Deputy X, Amb. A, the
// head of Y, Colombian Brig. Gen. B, …". A already has a title before the
// name (preTitle, or a title before a comma), and a comma and B with a
// rank or title follow at once: the apposition is B's title, written
// before B like A's before A.
func (d *doc) titleBetweenTitled(m *mention, preTitle []int, j int) bool {
	return d.titledNext(j) && (len(preTitle) > 0 || d.titledBeforeComma(m))
}

// titledNext reports whether, after an apposition ending at token j (past
// "of/at/to [the] BODY" there), a comma and a person with a rank or title
// (and a nationality before it) follow.
func (d *doc) titledNext(j int) bool {
	if j+2 < len(d.toks) && (d.toks[j].key == "of" || d.toks[j].key == "at" || d.toks[j].key == "to") {
		k := j + 1
		if d.toks[k].key == "the" {
			k++
		}
		if bm := d.mentionAt(k); bm != nil && bm.s == k && bm.ent != nil && bm.ent.typ != schema.Person {
			j = bm.e // "the head of Y,": past the body
		}
	}
	b := j + 1
	if dm := d.mentionAt(b); dm != nil && dm.s == b && dm.class == mDemonym {
		b = dm.e // "Colombian Brig. Gen. B": the nationality before the rank
	}
	return b < len(d.toks) && d.toks[j].key == "," && d.titledPartnerAt(b)
}

// titledBeforeComma reports whether a title with its head stands before
// a comma and the name at m ("the Deputy X, Amb. A"), ranks aside.
func (d *doc) titledBeforeComma(m *mention) bool {
	cs := d.honorificStart(m.s)
	for cs > 0 && d.isTitleTok(cs-1) {
		cs-- // "Amb. A": a rank is no title before a comma
	}
	for n := 0; n < 2 && cs > 1 && d.toks[cs-1].cap && rankServices[d.toks[cs-1].key]; n++ {
		cs-- // "Marine Gen. A", "Air Force Col. A": the service styles the rank
	}
	return cs > 1 && d.toks[cs-1].key == "," && d.hasHeadItem(d.chainBefore(cs-1))
}

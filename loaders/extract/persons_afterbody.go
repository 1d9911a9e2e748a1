// A name written right after a title whose complement is a body's name:
// "Acting Director of the Harbor Supervision Network Ilsa Varnek", "Deputy
// Secretary of Treasury Orvin Tallow", "High Representative for Coastal
// Affairs Jorim Vasquel". The body's name ends the title; the capitals
// after it, up to the end of the capitals, are the holder's name, whether
// or not its given name is a known one.

package extract

import "github.com/newsgraph/newsgraph/schema"

// maxTitleComplement bounds the words read back from "of"/"for" to the
// title's head ("Assistant Secretary of State for …": two words).
const maxTitleComplement = 8

// nameAfterTitledBody reports whether the name run [s, e) of two to four
// words follows at once a body's mention that is the complement of a
// title written in capitals ("TITLE of|for [the] BODY NAME") and ends the
// capitals of its sentence: nothing capitalised follows it.
func (d *doc) nameAfterTitledBody(s, e int) bool {
	if s < 4 || d.toks[s].brk {
		return false
	}
	if n := d.compoundWords(s, e); n < 2 || n > 4 {
		return false
	}
	if e < len(d.toks) && d.toks[e].cap && d.toks[e].kind == tWord && d.toks[e].sent == d.toks[s].sent {
		return false // the capitals go on: a longer name, not a holder's
	}
	bm := d.mentionAt(s - 1)
	if bm == nil || bm.e != s || bm.class != mEntity || d.toks[bm.s].sent != d.toks[s].sent {
		return false
	}
	if bm.typ == schema.Person || bm.ent != nil && bm.ent.typ == schema.Person {
		return false
	}
	k := bm.s - 1
	if k > 0 && d.toks[k].key == "the" {
		k--
	}
	if k < 1 || (d.toks[k].key != "of" && d.toks[k].key != "for") {
		return false
	}
	return d.titleHeadBefore(k)
}

// titleHeadBefore reports whether a title's head in capitals stands
// before the "of" or "for" at k, with only capitalised words and the
// joining words of a portfolio between ("Secretary of State for").
func (d *doc) titleHeadBefore(k int) bool {
	sent := d.toks[k].sent
	for j := k - 1; j >= 0 && j >= k-maxTitleComplement; j-- {
		t := d.toks[j]
		if t.sent != sent || t.kind != tWord {
			return false
		}
		if m := d.mentionAt(j); m != nil && m.ent != nil && m.ent.typ == schema.Person {
			return false
		}
		if t.cap && titleHeads[t.key] {
			return true
		}
		if !t.cap && t.key != "of" && t.key != "for" && t.key != "and" && t.key != "the" {
			return false
		}
		if t.brk {
			return false
		}
	}
	return false
}

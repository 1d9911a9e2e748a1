package extract

import "github.com/newsgraph/newsgraph/schema"

// A framework's member states listed in the sentence right after it:
// "Countries across the region are delivering on their commitments under
// the X Declaration. A, B, C and D are each implementing …". The
// agreement's sentence holds a membership, commitment, endorsement or
// signing cue, and the next sentence opens on a list of two or more
// governments as its subject.

// neighbourPartyCues is a words.tsv list.
var neighbourPartyCues = lexWords.set("neighbourPartyCues")

// neighbourListParties adds to parties the governments listed at the start
// of the sentence after a mention of e whose sentence holds a cue. It
// reports whether any was added.
func (d *doc) neighbourListParties(e *entity, parties map[string]bool) bool {
	added := false
	for _, m := range d.ments {
		if m.ent != e || d.inQuote[m.s] || !d.sentenceHolds(m.s, neighbourPartyCues) {
			continue
		}
		next := d.sentEnd(m.s)
		// "A and B are …. C and D have also …": the sentences after
		// that open on such a list carry on the same enumeration
		for n := 0; n < 3 && next < len(d.toks); n++ {
			l := d.subjectStateList(next)
			if l == nil {
				break
			}
			for _, p := range l {
				if !parties[p.name] {
					parties[p.name] = true
					d.partyBecause(e, p.name, "agreement-party/neighbour-list", next)
					added = true
				}
			}
			next = d.sentEnd(next)
		}
	}
	return added
}

// subjectStateList reads a list of two or more governments opening the
// sentence at token k and followed by a lower-case word (its verb), or
// returns nil.
func (d *doc) subjectStateList(k int) []*entity {
	m := d.mentionAt(k)
	if m == nil || m.ent == nil || m.ent.typ != schema.Government {
		return nil
	}
	l := d.partyList(k, 1)
	if len(l) < 2 {
		return nil
	}
	for _, p := range l {
		if p.typ != schema.Government {
			return nil
		}
	}
	// the token after the list: find the last mention of the list
	end := k
	for j := k; j < len(d.toks) && j < k+30 && d.toks[j].sent == d.toks[k].sent; j++ {
		if mm := d.mentionAt(j); mm != nil {
			end = mm.e
			j = mm.e - 1
			continue
		}
		if key := d.toks[j].key; key != "," && key != "and" && key != "the" {
			break
		}
	}
	if end >= len(d.toks) || d.toks[end].sent != d.toks[k].sent || d.toks[end].kind != tWord || d.toks[end].cap {
		return nil
	}
	return l
}

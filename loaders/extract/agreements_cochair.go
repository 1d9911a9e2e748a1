package extract

import "strings"

// The members of a forum that chair it together: "the Dialogue, which
// Chile, Peru and Ecuador co-chaired", "the committee that Chile and
// Peru co-chair". A dialogue, committee or working group is held among
// the states that chair it in turn or together, so those named as its
// co-chairs in a relative clause on its name are its parties; a host
// ("Peru hosted the Dialogue") only lends the venue.

// cochairVerbs state that the clause's subjects chair a forum together.
var cochairVerbs = lexWords.set("cochairVerbs")

// partiesCochaired reads ", which A, B and C co-chaired" after the
// agreement mention am, in sentence sent.
func (d *doc) partiesCochaired(am *mention, sent int) []*entity {
	k := am.e
	if k < len(d.toks) && d.toks[k].key == "," {
		k++
	}
	if k >= len(d.toks) || d.toks[k].sent != sent || d.toks[k].key != "that" && d.toks[k].key != "which" {
		return nil
	}
	l := d.partyList(k+1, 1)
	if len(l) < 2 {
		return nil
	}
	for end := k + 1; end < len(d.toks) && end < k+20 && d.toks[end].sent == sent; end++ {
		if d.cochairVerbAt(end) {
			return l
		}
	}
	return nil
}

// cochairVerbAt reports whether a co-chairing verb stands at token k,
// written whole or hyphenated ("co-chaired": "co", "-", "chaired").
func (d *doc) cochairVerbAt(k int) bool {
	if cochairVerbs[d.toks[k].key] {
		return true
	}
	if k+2 < len(d.toks) && d.toks[k].key == "co" && d.toks[k+1].key == "-" {
		return cochairVerbs["co-"+d.toks[k+2].key] || cochairVerbs["co"+d.toks[k+2].key]
	}
	return false
}

// ownHeadRef reports whether "the <Head>" at token i, the capitalised
// head word of agreement e's name standing alone and unresolved, refers
// back to e: "Peru hosted the Dialogue".
func (d *doc) ownHeadRef(e *entity, i int) bool {
	if d.toks[i].key != "the" || i+1 >= len(d.toks) {
		return false
	}
	h := d.toks[i+1]
	if !h.cap || h.kind != tWord || d.mentionAt(i+1) != nil || i+2 < len(d.toks) && d.capWord(i+2) && !d.toks[i+2].brk {
		return false
	}
	w := strings.Fields(fold(e.name))
	return len(w) > 1 && w[len(w)-1] == h.key && (frameworkHeads[h.key] || agreementHeads[h.key])
}

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// itemStops end or bar an unnamed list item: prepositions and relative
// words tie it to something else ("offices in the United States", "police
// who …").
var itemStops = set("of", "in", "at", "to", "for", "from", "with", "by", "on", "as", "into", "who", "which", "that",
	"whose", "where", "while", "including", "such")

// unnamedItemEnd returns the comma or "and" ending an item of a list that
// names no actor, starting at token j ("A, local prosecutors, and B"): one
// to five plain lower-case words (no name, cue, verb form or
// preposition, but for "in" and the state the item is in: "A, consular
// offices in the United States, and B") with a name right after its comma
// or "and"; -1 when the words there are no such item.
func (d *doc) unnamedItemEnd(j, sent int) int {
	n := 0
	for k := j; k < len(d.toks) && d.toks[k].sent == sent && n <= 5; k++ {
		t := d.toks[k]
		if n > 0 && (t.key == "," || t.key == "and") {
			// the next item is a name right after it: "…, and the B"
			a := k + 1
			for a < len(d.toks) && a <= k+3 && (d.toks[a].key == "and" || d.toks[a].key == "," || d.toks[a].key == "the") {
				a++
			}
			if m := d.mentionAt(a); m == nil || m.s != a || m.ent == nil {
				return -1
			}
			return k
		}
		if n > 0 && t.key == "in" && k+1 < len(d.toks) {
			if m := d.mentionAt(k + 1); m != nil && m.s == k+1 && m.ent != nil && m.ent.typ == schema.Government && d.toks[m.e-1].sent == sent {
				k = m.e - 1 // "foreign consular offices in the United States": where the item is
				n++
				continue
			}
		}
		if t.kind != tWord || t.cap || d.mentionAt(k) != nil || relCues[t.key] != nil || actorStop[t.key] || relConj[t.key] ||
			itemStops[t.key] || relAux[t.key] || d.isModal(k) || strings.HasSuffix(t.key, "ed") || strings.HasSuffix(t.key, "ing") {
			return -1
		}
		n++
	}
	return -1
}

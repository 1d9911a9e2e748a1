// A charging document with a participle phrase between it and its verb:
// "An indictment unsealed today in Brooklyn charges X".

package extract

// docParticiples say what was done to a charging document before it
// charges: "an indictment unsealed today", "a complaint filed Tuesday".
var docParticiples = set("unsealed", "filed", "returned", "obtained", "unveiled", "announced")

// unsealedDocStart returns the position of the participle after a
// charging document when the words before the charge verb at start are
// "DOC PARTICIPLE …" with only words, numbers and places that name no
// entity between ("An indictment unsealed today in Brooklyn charges X"), so that
// the document stands right before it; else start.
func (d *doc) unsealedDocStart(start, sent int) int {
	for k := start - 1; k > 0 && k >= start-8 && d.toks[k].sent == sent; k-- {
		t := d.toks[k]
		if docParticiples[t.key] {
			if chargingDocs[d.toks[k-1].key] && d.toks[k-1].sent == sent {
				return k
			}
			return start
		}
		if m := d.mentionAt(k); m != nil {
			if m.class == mEntity {
				return start // "an indictment filed by X charges": X is the actor
			}
			k = m.s // a place or a month: "unsealed in Brooklyn"
			continue
		}
		if t.kind != tWord || relCues[t.key] != nil || actorStop[t.key] {
			return start
		}
	}
	return start
}

// documentAgents are the charging documents a passive charge may name
// with "by": "charged by criminal complaint", "by indictment".
var documentAgents = set("complaint", "indictment", "information", "superseding")

// documentAgent reports whether the "by" at token by introduces the
// document a charge was brought in, not who brought it: "X was charged
// by (a) (criminal) complaint (indictment, information)". The charge
// then has the actor of a charge that names none.
func (d *doc) documentAgent(by int) bool {
	for k := by + 1; k < len(d.toks) && k <= by+4 && d.toks[k].sent == d.toks[by].sent; k++ {
		key := d.toks[k].key
		if documentAgents[key] {
			return true
		}
		if key != "a" && key != "an" && key != "criminal" && key != "federal" && key != "sealed" {
			return false
		}
	}
	return false
}

package extract

import "github.com/newsgraph/newsgraph/schema"

// concernPreps follow "concerned" when the concern names what it is about.
var concernPreps = set("by", "about", "over")

// concernBe are the verbs a stated concern hangs on ("is deeply
// concerned", "remains concerned").
var concernBe = set("is", "are", "am", "was", "were", "remains", "remain", "remained")

// concernedPossessors reads a stated concern as a condemnation: "A is
// deeply concerned by X's <act>" and "A remains concerned about the
// killings committed by X" accuse X (condemnedActor, without its
// "condemned X for …" and "… in X" readings, since a concern about a
// country's situation blames no one). Only "concerned" right after a form
// of "be", with at most one adverb between ("deeply", "gravely"), counts;
// a negated or quoted concern does not.
func (d *doc) concernedPossessors(add func(*entity, string, *entity, int)) {
	for v := 2; v+1 < len(d.toks); v++ {
		if d.toks[v].key != "concerned" || !concernPreps[d.toks[v+1].key] || d.inQuote[v] {
			continue
		}
		b := v - 1
		if !concernBe[d.toks[b].key] {
			b--
		}
		if b < 0 || !concernBe[d.toks[b].key] || d.toks[b].sent != d.toks[v].sent {
			continue
		}
		if b > 0 && (d.toks[b-1].key == "not" || d.toks[b+1].key == "not") {
			continue
		}
		sent := d.toks[v].sent
		for _, accused := range d.condemnedActor(v+1, sent, true) {
			if accused.typ == schema.Agreement || !typeOK("accused", sideObj, accused.typ) {
				continue
			}
			for _, s := range d.actorsLeft(b, sent, "accused", sideSubj) {
				if s != accused {
					add(s, "accused", accused, v)
				}
			}
		}
	}
}

// An arrest "on charges": "authorities arrested X on charges of
// corruption", "police placed Y in pretrial detention on bribery charges",
// "Z was detained on terrorism charges". In a text about one state the
// state that holds the person on charges charged them.

package extract

// arrestForms are the verbs of an arrest or a hold that "on charges" may
// follow.
var arrestForms = set("arrested", "detained", "placed", "held", "jailed", "imprisoned")

// arrestCharges reads "on (…) charges" after an arrest verb in the same
// clause, in a text about one state (reportState): the state charged the
// people arrested, those named between the verb and "on" (active) or its
// subject (passive). A negated, modal or hypothetical arrest, and charges
// called baseless by the text ("on spurious charges"), give none.
func (d *doc) arrestCharges(add func(*entity, string, *entity, int)) {
	rs := d.reportState()
	if rs == nil {
		return
	}
	for on := 1; on+1 < len(d.toks); on++ {
		if d.toks[on].key != "on" || d.inQuote[on] {
			continue
		}
		sent := d.toks[on].sent
		n := on + 1
		for n < len(d.toks) && n <= on+6 && d.toks[n].sent == sent && !chargeNouns[d.toks[n].key] &&
			(d.toks[n].kind == tWord && !d.toks[n].cap || d.gluedHyphen(n)) && !baselessWords[d.toks[n].key] {
			n++
		}
		if n >= len(d.toks) || d.toks[n].key != "charges" || d.toks[n].sent != sent {
			continue
		}
		for _, o := range d.heldByArrestBefore(on, sent) {
			add(rs, "charged", o, n)
		}
	}
}

// baselessWords call charges baseless: "on spurious charges", "on
// trumped-up charges".
var baselessWords = set("spurious", "trumped-up", "bogus", "false", "fabricated", "baseless", "politically-motivated")

// heldByArrestBefore finds an arrest verb (arrestForms) within fourteen
// tokens before p in its clause, and returns the persons it holds: the
// passive's subject, or the active's objects between the verb and p. A
// negated, modal or hypothetical arrest holds no one.
func (d *doc) heldByArrestBefore(p, sent int) []*entity {
	v := -1
	for k := p - 1; k >= 0 && k >= p-14 && d.toks[k].sent == sent; k-- {
		if actorStop[d.toks[k].key] || d.toks[k].key == "," {
			break
		}
		if arrestForms[d.toks[k].key] && d.mentionAt(k) == nil {
			v = k
			break
		}
	}
	if v < 0 {
		return nil
	}
	g := d.verbGroup(v)
	if g.neg || g.modal || d.hypothetical(v) {
		return nil
	}
	var held []*entity
	if g.passive {
		held = d.actorsLeft(g.start, sent, "charged", sideObj)
	} else {
		for j := v + 1; j < p; j++ {
			if m := d.mentionAt(j); m != nil && m.ent != nil && m.s == j {
				held = append(held, m.ent)
				j = m.e - 1
			}
		}
	}
	return personsOnly(held)
}

// gluedHyphen reports whether token i is a hyphen joining the words on
// either side with no space ("gang-related", "corruption-related").
func (d *doc) gluedHyphen(i int) bool {
	return i > 0 && i+1 < len(d.toks) && d.toks[i].key == "-" && d.toks[i].kind == tPunct &&
		!d.toks[i].space && !d.toks[i+1].space && d.toks[i-1].kind == tWord && d.toks[i+1].kind == tWord &&
		d.toks[i+1].sent == d.toks[i].sent
}

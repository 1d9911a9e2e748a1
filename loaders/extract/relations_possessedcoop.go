package extract

// possessedCooperation reads a coordinated subject acting on its own
// cooperation: "The Governments of A and B reaffirm our cooperation on
// port security", "A and B agreed to deepen their security
// partnership". A possessive "their" or "our" before a noun of
// cooperation, in the object of a verb whose subject lists two or more
// actors, states that they cooperate; a negated or modal verb does not.
func (d *doc) possessedCooperation(add func(*entity, string, *entity, int)) {
	for p := 2; p+1 < len(d.toks); p++ {
		if k := d.toks[p].key; k != "their" && k != "our" || d.inQuote[p] {
			continue
		}
		sent := d.toks[p].sent
		n := -1
		for j := p + 1; j < len(d.toks) && j <= p+4 && d.toks[j].sent == sent; j++ {
			if gratitudeNouns[d.toks[j].key] {
				n = j
				break
			}
			if t := d.toks[j]; t.kind != tWord || t.cap || d.mentionAt(j) != nil {
				break
			}
		}
		if n < 0 {
			continue
		}
		v := p - 1
		if t := d.toks[v]; t.kind != tWord || t.cap || t.sent != sent || d.mentionAt(v) != nil {
			continue
		}
		if v >= 2 && d.toks[v-1].key == "to" {
			v -= 2 // "agreed to deepen their partnership": the verb governing the infinitive
		}
		g := d.verbGroup(v)
		if g.neg || g.modal || g.start < 1 || d.mentionAt(g.start-1) == nil {
			continue
		}
		list := d.actorsLeft(g.start, sent, "cooperatesWith", sideSubj)
		if len(list) < 2 {
			continue
		}
		eachPair(list, func(a, b *entity) { add(a, "cooperatesWith", b, n) })
	}
}

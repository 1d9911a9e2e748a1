// Custody that states an arrest, beside pretrial detention
// (relations_pretrial.go): a person "under house arrest", "house arrest
// for X", and a person freed from custody ("freed X from preventive
// detention", "the release of X from prison"). The state holds them: it
// arrested them.

package extract

// releaseWords free a person from custody ("released X from prison").
var releaseWords = set("free", "frees", "freed", "freeing", "release", "releases", "released", "releasing")

// custodyNouns are the places of custody a person is freed from.
var custodyNouns = set("prison", "jail", "custody", "detention")

// houseArrests reads, outside quotations, a person under house arrest
// (the subject over holding words before "under" or "in", as for
// pretrial detention), a person named after "house arrest for" or "to", and a
// person freed from custody (after a release verb or "the release of"),
// as arrested by the state whose text it is (reportState), else the
// state whose court holds when none is named (courtCountry). A negated,
// modal or hypothetical holding or release states none.
func (d *doc) houseArrests(add func(*entity, string, *entity, int)) {
	for i := 1; i+1 < len(d.toks); i++ {
		if d.inQuote[i] {
			continue
		}
		sent := d.toks[i].sent
		var held []*entity
		v := i
		switch {
		case d.toks[i].key == "arrest" && d.toks[i-1].key == "house" && d.toks[i-1].sent == sent:
			if p := i - 2; p > 0 && (d.toks[p].key == "under" || d.toks[p].key == "in") && d.toks[p-1].sent == sent {
				held, v = d.pretrialHeld(p, sent) // "X was under house arrest"
			}
			if k := d.toks[i+1].key; len(held) == 0 && (k == "for" || k == "to") && d.toks[i+1].sent == sent {
				held = personsOnly(d.actorsRight(i+2, sent, "arrested", sideObj)) // "authorized house arrest for X", "granted house arrest to X"
				v = i
			}
		case d.toks[i].key == "from" && d.freedCustodyAfter(i, sent):
			held = d.freedFrom(i, sent)
			if len(held) == 0 {
				held, v = d.releasedFrom(i, sent) // "X was released from prison"
			}
		}
		d.stateArrested(add, held, v, i) // as pretrial detention (relations_pretrial.go)
	}
}

// freedFrom is the person freed by the "from" at f, custody following it
// (freedCustodyAfter: "from prison", "from house arrest"), when
// the person right before it follows a release verb within three words
// ("freed former minister X from") or "the release of" ("the release of
// X from prison"); else nil.
func (d *doc) freedFrom(f, sent int) []*entity {
	m := d.mentionAt(f - 1)
	if m == nil || m.ent == nil || m.e != f || !typeOK("arrested", sideObj, m.ent.typ) {
		return nil
	}
	for j := m.s - 1; j >= 0 && j >= m.s-4 && d.toks[j].sent == sent; j-- {
		key := d.toks[j].key
		if releaseWords[key] || key == "of" && j > 0 && releaseWords[d.toks[j-1].key] {
			return []*entity{m.ent}
		}
		if t := d.toks[j]; t.kind != tWord || d.mentionAt(j) != nil {
			break
		}
	}
	return nil
}

package extract

import "github.com/newsgraph/newsgraph/schema"

// Signings attached to an agreement's name or to a back-reference to it
// ("the treaty", "the accord"): a participle right after it ("the
// Bicentennial-style framework signed in 2021", "the treaty, signed in
// 1909, …", "the letter of agreement signed by both governments") or a
// relative clause on it ("the accord, which A and B signed in 2023").
// The signing belongs to the noun phrase, so the mood of the main clause
// does not touch it ("a pact that would replace the framework signed in
// 2021"). The parties the clause names sign; when it names none, or
// names them as "both governments" or "the two countries", all the
// agreement's parties do, if the text states them.

// bothSidesWords read as "both governments": all the parties.
var bothSidesWords = set("both", "two")

// attachedSignings adds "signed" for the signings attached to the
// mentions and back-references of each agreement with parties.
func (d *doc) attachedSignings(add func(*entity, string, *entity, int)) {
	byName := map[string]*entity{}
	for _, e := range d.entList {
		if e.typ == schema.Government || e.typ == schema.Cartel {
			byName[e.name] = e
		}
	}
	for _, a := range d.agrs {
		if len(a.parties) == 0 {
			continue
		}
		refs := d.backRefs(a)
		for _, m := range d.ments {
			if m.ent == a {
				refs = append(refs, m)
			}
		}
		for _, m := range refs {
			v, named, both := d.attachedSigning(m)
			if v < 0 {
				continue
			}
			var signers []*entity
			for _, p := range a.parties {
				if e := byName[p]; e != nil && (named[e] || len(named) == 0) {
					signers = append(signers, e)
				}
			}
			if len(named) == 0 && !both && !d.agrStated[a] {
				continue // "the treaty, signed in 1909": parties only guessed
			}
			for _, e := range signers {
				add(e, "signed", a, v)
			}
		}
	}
}

// attachedSigning reads the signing attached to the noun phrase m: the
// sign verb's token (-1 when none), the governments and armed groups the
// clause names as signers, and whether it names them as both sides.
func (d *doc) attachedSigning(m *mention) (int, map[*entity]bool, bool) {
	k := m.e
	if k < len(d.toks) && d.toks[k].key == "," {
		k++
	}
	if k >= len(d.toks) || d.toks[k].sent != d.toks[m.s].sent || d.inQuote[k] {
		return -1, nil, false
	}
	named := map[*entity]bool{}
	both := false
	collect := func(from, to int) {
		for j := from; j < to && j < len(d.toks); j++ {
			if bothSidesWords[d.toks[j].key] && j+1 < len(d.toks) && govPlurals[d.toks[j+1].key] {
				both = true
			}
			if x := d.mentionAt(j); x != nil && x.ent != nil {
				if g := d.govOf(x); g != nil {
					named[g] = true
				} else if x.ent.typ == schema.Cartel {
					named[x.ent] = true
				}
				j = x.e - 1
			}
		}
	}
	switch d.toks[k].key {
	case "signed":
		// "the treaty, signed in 1909", "… signed by both governments"
		if d.intoLaw(k) {
			return -1, nil, false
		}
		if k+1 < len(d.toks) && d.toks[k+1].key == "by" {
			end := k + 2
			for end < len(d.toks) && end < k+12 && d.toks[end].sent == d.toks[k].sent && d.toks[end].key != "," {
				end++
			}
			collect(k+2, end)
		}
		return k, named, both
	case "which", "that":
		// "the accord, which A and B signed in 2023"
		for j := k + 1; j < len(d.toks) && j <= k+9 && d.toks[j].sent == d.toks[k].sent; j++ {
			switch key := d.toks[j].key; {
			case key == "signed":
				if g := d.verbGroup(j); g.neg || g.modal || g.passive {
					return -1, nil, false
				}
				collect(k+1, j)
				if len(named) == 0 && !both {
					return -1, nil, false // "the accord that was signed": its subject is the accord
				}
				return j, named, both
			case key == "," || key == "not" || key == "never":
				return -1, nil, false
			}
		}
	}
	return -1, nil, false
}

// "The bilateral relationship", "cooperation between our countries", "our
// countries' partnership": a standing tie between two states that the
// text names only by its kind, the states being the two it has been
// about.

package extract

// bilateralTieNouns name a standing tie between states.
var bilateralTieNouns = set("relationship", "relations", "cooperation", "partnership", "collaboration", "ties")

// bilateralTies reads a tie noun outside quotations that is marked as
// holding between two states without naming them: modified by
// "bilateral" ("discussed the close bilateral relationship", "our strong
// bilateral cooperation"), followed by "between our (two) countries", or
// possessed by "our (two) countries'". The two states are the sides of
// the meeting of officials the text is about (tieSides): they cooperate.
// A strained tie ("the tense bilateral relationship") or one only
// proposed ("a possible bilateral partnership") is none.
func (d *doc) bilateralTies(add func(*entity, string, *entity, int)) {
	for k, t := range d.toks {
		if !bilateralTieNouns[t.key] || d.inQuote[k] || t.cap && !d.titlecase[t.para] {
			continue
		}
		if !d.bilateralMarked(k) || d.tieHedged(k) {
			continue
		}
		if a, b := d.tieSides(k); a != nil {
			add(a, "cooperatesWith", b, k)
		}
	}
}

// bilateralMarked reports whether the tie noun at k is marked as one
// between two states: "bilateral" among the three words before it,
// "between our (two) countries" after it, or "our (two) countries'"
// before it.
func (d *doc) bilateralMarked(k int) bool {
	sent := d.toks[k].sent
	for j := k - 1; j >= 0 && j >= k-3 && d.toks[j].sent == sent && d.toks[j].kind == tWord; j-- {
		if d.toks[j].key == "bilateral" {
			return true
		}
	}
	if j := k + 1; j+2 < len(d.toks) && d.toks[j].key == "between" && d.toks[j+1].key == "our" {
		n := j + 2
		if d.toks[n].key == "two" && n+1 < len(d.toks) {
			n++
		}
		if pairStateNouns[d.toks[n].key] {
			return true
		}
	}
	j := k - 1 // "our countries' cooperation", "our two nations' partnership"
	if j >= 0 && d.toks[j].kind == tWord && !pairStateNouns[d.toks[j].key] && d.toks[j].key != "'" {
		j-- // one adjective: "our countries' close partnership"
	}
	if j < 2 || d.toks[j].key != "'" || !pairStateNouns[d.toks[j-1].key] {
		return false
	}
	o := j - 2
	if d.toks[o].key == "two" && o > 0 {
		o--
	}
	return d.toks[o].key == "our"
}

// tieHedged reports whether a strained or hypothetical modifier stands
// among the four words before the tie noun at k.
func (d *doc) tieHedged(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4 && d.toks[j].sent == d.toks[k].sent; j-- {
		if key := d.toks[j].key; strainedTieMods[key] || nominalBlockers[key] || relNegs[key] {
			return true
		}
	}
	return false
}

// tieSides are the two states of a bilateral tie noun at k: the
// governments of the two sides of the last meeting read before it (or,
// failing one, the first after it), the text being about that meeting;
// nil when no meeting between officials of two states was read.
func (d *doc) tieSides(k int) (*entity, *entity) {
	var best *meeting
	var bestA, bestB *entity
	for i := range d.meetAts {
		m := &d.meetAts[i]
		ga, gb := d.sideGov(m.a), d.sideGov(m.b)
		if ga == nil || gb == nil || ga == gb {
			continue
		}
		if best == nil || m.at <= k && (best.at > k || m.at > best.at) || m.at > k && best.at > k && m.at < best.at {
			best, bestA, bestB = m, ga, gb
		}
	}
	return bestA, bestB
}

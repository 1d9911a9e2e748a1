package extract

import "github.com/newsgraph/newsgraph/schema"

// countryNouns refer back to a state named before: "the country", "the
// nation".
var countryNouns = set("country", "nation")

// countryAnaphor resolves an object "the country" or "the nation" at
// token i ("to showcase U.S. support for the country", "reaffirm U.S.
// support to the nation") to the government named last before it, in
// this sentence or the three before, over those named in the phrase that
// governs it ("U.S. support"). ok is false when there is no such phrase;
// a possessive ("the country's police") is not one.
func (d *doc) countryAnaphor(i, sent int, pred string, side int) ([]*entity, bool) {
	if side != sideObj || i+1 >= len(d.toks) || d.toks[i].key != "the" || !countryNouns[d.toks[i+1].key] ||
		d.toks[i+1].sent != sent || i+2 < len(d.toks) && d.toks[i+2].key == "'s" && !d.nationEffort(i+3, sent) {
		return nil, false
	}
	for k := i - 5; k >= 0 && d.toks[k].sent >= sent-3; k-- {
		m := d.mentionAt(k)
		if m == nil {
			continue
		}
		k = m.s
		if d.toks[m.s].sent == sent && m.e < len(d.toks) && (d.toks[m.e].key == "'s" || d.toks[m.e].key == "'") {
			continue // "the United States' commitment to supporting the nation's efforts": the phrase's owner
		}
		g := d.govOf(m)
		if g == nil || !typeOK(pred, side, schema.Government) {
			continue
		}
		return []*entity{g}, true
	}
	return nil, true
}

// nationEfforts are the things of a state its possessive may name when the
// state itself is meant: supporting "the nation's efforts" supports the
// nation, while "the country's police" is a body of its own.
var nationEfforts = set("efforts", "effort", "fight", "struggle", "campaign", "work", "progress", "recovery", "stability")

// nationEffort reports whether token k, over one adjective, is one of
// nationEfforts.
func (d *doc) nationEffort(k, sent int) bool {
	for j := k; j < len(d.toks) && j < k+2 && d.toks[j].sent == sent; j++ {
		if nationEfforts[d.toks[j].key] {
			return true
		}
		if t := d.toks[j]; t.kind != tWord || t.cap || d.mentionAt(j) != nil {
			return false
		}
	}
	return false
}

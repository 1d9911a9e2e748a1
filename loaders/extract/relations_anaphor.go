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
		d.toks[i+1].sent != sent || i+2 < len(d.toks) && d.toks[i+2].key == "'s" {
		return nil, false
	}
	for k := i - 5; k >= 0 && d.toks[k].sent >= sent-3; k-- {
		m := d.mentionAt(k)
		if m == nil {
			continue
		}
		k = m.s
		g := d.govOf(m)
		if g == nil || !typeOK(pred, side, schema.Government) {
			continue
		}
		return []*entity{g}, true
	}
	return nil, true
}

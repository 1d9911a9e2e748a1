package extract

import "github.com/newsgraph/newsgraph/schema"

// An epigraph: a paragraph that is only a quotation, and under it a line
// that is only its credit, opened by a dash.
//
//	“We will work closely with our regional partners.”
//
//	– President Ana Torres
//
// Fact sheets and speeches open so; the person the credit line names
// spoke the quotation.

// epigraphDashes open a credit line.
var epigraphDashes = set("-", "–", "—", "--", "―")

// epigraphCredit returns the person the credit line under quotation q
// names, or nil when q is not a paragraph of its own with such a line
// under it.
func (d *doc) epigraphCredit(q quoteSpan) *entity {
	if q.close < 0 || d.paraStart(q.open) != q.open {
		return nil
	}
	k := q.close + 1
	if k < len(d.toks) && d.toks[k].para == q.para {
		return nil // words after the quotation in its paragraph
	}
	if k >= len(d.toks) || !epigraphDashes[d.toks[k].key] {
		return nil
	}
	para := d.toks[k].para
	var sp *entity
	for j := k + 1; j < len(d.toks) && d.toks[j].para == para; j++ {
		if j > k+12 {
			return nil // a paragraph of text, no credit line
		}
		if m := d.mentionAt(j); m != nil && m.s == j && m.ent != nil {
			if m.ent.typ == schema.Person && sp == nil {
				sp = m.ent
			}
			j = m.e - 1
		}
	}
	return sp
}

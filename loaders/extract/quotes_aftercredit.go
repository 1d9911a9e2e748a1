// A statement going on in a paragraph of its own after the paragraph that
// credits it: "“…,” said Senator X.", then "“…”" with no credit.

package extract

// quoteAfterCredit reports whether quotation q is a paragraph wholly in
// quotation marks right after the paragraph whose last quotation p ends
// with its credit and nothing more: "“…,” said Senator X.", then "“…”".
// The speaker goes on.
func (d *doc) quoteAfterCredit(p, q quoteSpan) bool {
	if p.close < 0 || q.close < 0 || p.speaker == nil || q.para <= p.para || !d.toks[q.open].brk || q.open == 0 {
		return false
	}
	if d.toks[q.open-1].para != p.para || d.toks[p.close+1].brk {
		return false
	}
	for k := q.close + 1; k < len(d.toks) && d.toks[k].para == q.para; k++ {
		if d.toks[k].kind != tPunct {
			return false
		}
	}
	sent := d.toks[p.close+1].sent
	for k := p.close + 1; k < q.open; k++ {
		if d.toks[k].kind == tQuote || d.toks[k].sent != sent {
			return false // more than the credit's one sentence
		}
	}
	return d.afterQuote(p.close+1) == p.speaker
}

// A statement given over several paragraphs, each one closed by its own
// quotation mark: the paragraphs after the first carry no attribution.

package extract

// quoteParagraphAfter reports whether quotation q is a paragraph of its
// own that goes on with quotation p, closed at the very end of the
// paragraph just before: "“… the region.”\n\n“Here at home, we must …”".
// Nothing but punctuation may stand between the two, nor after q in its
// paragraph, so a paragraph that names anyone outside the marks is not
// read as the same voice.
func (d *doc) quoteParagraphAfter(p, q quoteSpan) bool {
	if p.close < 0 || q.close < 0 || q.para <= p.para || !d.toks[q.open].brk {
		return false
	}
	for k := p.close + 1; k < q.open; k++ {
		if d.toks[k].kind != tPunct {
			return false
		}
	}
	for k := q.close + 1; k < len(d.toks) && d.toks[k].para == q.para; k++ {
		if d.toks[k].kind != tPunct {
			return false
		}
	}
	return true
}

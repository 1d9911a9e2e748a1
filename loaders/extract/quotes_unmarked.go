package extract

import "sort"

// firstPersonWords mark a paragraph as someone speaking of themselves.
var firstPersonWords = set("i", "we", "my", "our", "us", "me")

// unmarkedContinuations adds, after a quotation left open at the end of
// its paragraph, the paragraphs that go on with it without an opening
// mark: the run of paragraphs with no quotation mark up to one that ends
// with the closing mark (“We will act.\n\nThe cartels know it.\n\nWe
// will not rest.”), or, when every one of them speaks in the first
// person, up to the end of the text. Each is a quotation of its own,
// marked cont: the quotation before it says who speaks. Its words are
// left out of d.inQuote, so facts read from them stand as before. A
// short quoted name ("“El Tigre”") is no mark here.
func (d *doc) unmarkedContinuations() {
	if len(d.toks) == 0 || len(d.quotes) == 0 {
		return
	}
	np := d.toks[len(d.toks)-1].para + 1
	first, last := make([]int, np), make([]int, np)
	marks, firstMark, fp := make([]int, np), make([]int, np), make([]bool, np)
	for p := range first {
		first[p], firstMark[p] = -1, -1
	}
	for i, t := range d.toks {
		if first[t.para] < 0 {
			first[t.para] = i
		}
		last[t.para] = i
		if t.kind == tQuote && !d.shortNameMark(i) {
			if marks[t.para] == 0 {
				firstMark[t.para] = i
			}
			marks[t.para]++
		}
		if firstPersonWords[t.key] {
			fp[t.para] = true
		}
	}
	var add []quoteSpan
	for qi, q := range d.quotes {
		if q.close >= 0 || qi+1 < len(d.quotes) && d.quotes[qi+1].para == q.para {
			continue
		}
		p := q.para + 1
		for p < np && (first[p] < 0 || marks[p] == 0) {
			p++
		}
		closed := p < np && first[p] >= 0 && marks[p] == 1 && firstMark[p] == last[p] && last[p] > first[p] &&
			d.toks[last[p]].q != 'o' && !d.toks[last[p]].space
		if !closed {
			if p < np {
				continue
			}
			for k := q.para + 1; k < np; k++ {
				if first[k] >= 0 && !fp[k] {
					p = -1
				}
			}
			if p < 0 {
				continue
			}
		}
		for k := q.para + 1; k <= p && k < np; k++ {
			if first[k] < 0 {
				continue
			}
			c := quoteSpan{open: first[k] - 1, close: -1, last: last[k], para: k, start: d.toks[first[k]].s, end: d.toks[last[k]].e, cont: true}
			if k == p {
				c.close, c.last, c.end = last[k], last[k]-1, d.toks[last[k]].s
			}
			if c.last < first[k] {
				continue
			}
			add = append(add, c)
		}
	}
	if len(add) == 0 {
		return
	}
	d.quotes = append(d.quotes, add...)
	sort.SliceStable(d.quotes, func(i, j int) bool { return d.quotes[i].start < d.quotes[j].start })
}

// shortNameMark reports whether the mark at i opens or closes a quotation
// of at most four capitalised words: a quoted nickname or title.
func (d *doc) shortNameMark(i int) bool {
	for _, q := range d.quotes {
		if q.open != i && q.close != i {
			continue
		}
		words := 0
		for k := q.open + 1; k <= q.last; k++ {
			if d.toks[k].kind == tWord {
				if !d.toks[k].cap {
					return false
				}
				words++
			}
		}
		return q.close >= 0 && words > 0 && words <= 4
	}
	return false
}

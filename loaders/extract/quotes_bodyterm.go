package extract

import "github.com/newsgraph/newsgraph/schema"

// bodyTermMaxWords is the longest quoted term a body's words may be
// reduced to before they count as a statement.
const bodyTermMaxWords = 5

// bodyTermLead are the words that make a following quotation a term inside
// a noun phrase: a preposition or an article ("complaints of “…”",
// "declared him a “…”", "the “…” charges").
var bodyTermLead = set("of", "for", "a", "an", "the")

// bodyTerm reports whether quotation q, given to speaker sp, is a short
// term an organization or agency is cited as using, not its words: "the
// commission reported 27 complaints of “unlawful taking of life”",
// "the group declared him a “prisoner of conscience.”" A person's quoted
// phrase ("criticised it as the propagation of “lies and fear”") stays a
// statement.
func (d *doc) bodyTerm(q *quoteSpan, sp *entity) bool {
	if sp == nil || sp.typ == schema.Person || q.close < 0 || q.open == 0 {
		return false
	}
	if !bodyTermLead[d.toks[q.open-1].key] || d.toks[q.open-1].para != q.para {
		return false
	}
	words := 0
	for k := q.open + 1; k <= q.last; k++ {
		if d.toks[k].kind == tWord {
			words++
		}
	}
	return words <= bodyTermMaxWords
}

package extract

import "unicode"

// A quotation that opens inside a sentence on a lower-case word is a
// fragment the writer's own sentence carries: in `the secretary noted the
// United States is "proud to be partners with Colombia"` the prose states
// the partnership, its subject and verb outside the marks. Relations are
// read in such fragments as in prose; a quotation that opens on a
// capitalised word is a speaker's sentence and stays a quotation.

// readPartialQuotes lifts the quotation marking of fragment quotations
// for the relation rules; the returned function restores it.
func (d *doc) readPartialQuotes() (restore func()) {
	return d.liftQuotes(func(q quoteSpan) bool {
		f := q.open + 1
		if q.open < 1 || f > q.last || d.toks[q.open-1].sent != d.toks[f].sent || d.toks[q.open-1].kind != tWord {
			return false
		}
		t := d.toks[f]
		// a capitalised quotation is a sentence; a short one a name
		// ("the “18th Street” gang")
		return t.kind == tWord && !t.cap && unicode.IsLetter(firstRune(t.key)) && q.last-f >= 3
	})
}

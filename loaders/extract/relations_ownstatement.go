package extract

// A page that is one person's own statement ("Statement by Ambassador X"
// over quoted paragraphs, or a headline "X: …" over them) asserts what its
// quotations say: the page sets its text in quotation marks, but it is
// not someone else's claim reported by the page. Relations are read in
// those quotations as in the page's prose; the quotations of a roundup
// under a line naming a speaker ("Sen. Ana Ruiz (D-NY)") stay quotations.

// assertOwnStatements lifts the quotation marking of the page's own
// statement (the quotations layoutSpeaker found under such a heading) for
// the relation rules; the returned function restores it.
func (d *doc) assertOwnStatements() (restore func()) {
	return d.liftQuotes(func(q quoteSpan) bool { return d.ownQuote[q.open] && q.speaker != nil })
}

// liftQuotes unmarks the tokens and mentions inside each quotation lift
// accepts, so that the relation rules read them as prose; the returned
// function marks them again.
func (d *doc) liftQuotes(lift func(q quoteSpan) bool) (restore func()) {
	var lifted []int
	var ments []*mention
	for _, q := range d.quotes {
		if !lift(q) {
			continue
		}
		for k := q.open + 1; k <= q.last; k++ {
			if d.inQuote[k] {
				d.inQuote[k] = false
				lifted = append(lifted, k)
			}
			if m := d.mentionAt(k); m != nil && m.s == k && m.quoted {
				m.quoted = false
				ments = append(ments, m)
			}
		}
	}
	return func() {
		for _, k := range lifted {
			d.inQuote[k] = true
		}
		for _, m := range ments {
			m.quoted = true
		}
	}
}

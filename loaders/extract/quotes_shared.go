package extract

import "github.com/newsgraph/newsgraph/schema"

// Two quotations of one speaker in one sentence, the speaker between
// them: "The navy carried out a “bold and daring raid” that Minister X
// called “a model for the region.”" The first quotation has no frame of
// its own; the person whose speech frames the second, named between the
// two, said both.

// sharedSpeaker returns the speaker of quotation qi when it has no frame
// of its own: a person named between it and the next quotation of its
// sentence, followed there by a verb of speech; nil otherwise, or when a
// verb of speech stands before qi in its sentence (someone else's words:
// "Critics called it “…”, but X called it “…”").
func (d *doc) sharedSpeaker(qi int) *entity {
	if qi+1 >= len(d.quotes) {
		return nil
	}
	q, n := d.quotes[qi], d.quotes[qi+1]
	sent := d.toks[q.open].sent
	if q.close < 0 || d.toks[n.open].sent != sent {
		return nil
	}
	for k := q.open - 1; k >= 0 && d.toks[k].sent == sent; k-- {
		if speechVerbs[d.toks[k].key] || d.toks[k].kind == tQuote {
			return nil
		}
	}
	var sp *entity
	for k := q.close + 1; k < n.open; k++ {
		if m := d.mentionAt(k); m != nil && m.s == k && m.ent != nil && m.ent.typ == schema.Person {
			if sp != nil && sp != m.ent {
				return nil
			}
			sp = m.ent
			k = m.e - 1
			continue
		}
		if sp != nil && speechVerbs[d.toks[k].key] {
			return sp
		}
	}
	return nil
}

// nextParaQuote reports whether quotation q opens the paragraph right
// after the one where quotation p runs to its end: nothing but a line
// break, or a blank line, between them ("“… border.\n\n“We must …”").
func (d *doc) nextParaQuote(p, q quoteSpan) bool {
	return q.para > p.para && d.toks[q.open].brk && q.open == p.last+1
}

package extract

import "github.com/newsgraph/newsgraph/schema"

// Statements and releases whose body is one speaker's quotation open it
// after a dateline, in the same paragraph as the place and date:
//
//	Statement by Ambassador X                       a heading naming the speaker
//	Mexico City, June 27, 2008 - “The Congress …    a dateline, then the quotation
//	“In 2007 …                                      more quotation paragraphs
//
// or name the speaker only at the head of the headline: "X: Extradition
// of Y Is Significant …".

// datelineLead reports whether the words of the paragraph starting at ps
// before the quotation mark at open are a dateline: a short run, with no
// sentence end and no person, ending in a dash ("Mexico City, January 20,
// 2007, 1:00am CST --").
func (d *doc) datelineLead(ps, open int) bool {
	if open <= ps || open-ps > 16 || !dashes[d.toks[open-1].key] || !d.toks[ps].cap {
		return false
	}
	for k := ps; k < open-1; k++ {
		if key := d.toks[k].key; key == "." && k > ps && !d.toks[k-1].cap || key == "!" || key == "?" || d.toks[k].kind == tQuote {
			return false
		}
		if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Person {
			return false
		}
	}
	return true
}

// quoteParagraph reports whether the paragraph starting at s opens with a
// quotation, straight away or after a dateline.
func (d *doc) quoteParagraph(s int) bool {
	if d.toks[s].kind == tQuote {
		return true
	}
	for k := s + 1; k < len(d.toks) && k <= s+16 && d.toks[k].para == d.toks[s].para; k++ {
		if d.toks[k].kind == tQuote {
			return d.datelineLead(s, k)
		}
	}
	return false
}

// headlineNamePerson is the person a headline opens with before a colon
// ("X: Extradition of Y …"), or nil; s must be the headline's first token.
func (d *doc) headlineNamePerson(s int) *entity {
	if d.toks[s].para != 0 {
		return nil
	}
	m := d.mentionAt(s)
	if m == nil || m.ent == nil || m.ent.typ != schema.Person || m.s != s || m.e >= len(d.toks) || d.toks[m.e].key != ":" {
		return nil
	}
	return m.ent
}

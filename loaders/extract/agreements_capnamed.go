package extract

import "github.com/newsgraph/newsgraph/schema"

// Agreements named by a proper name before a lower-case head: "signed a
// Regional Maritime Awareness Exchange (RMAE) agreement", "through the
// Clean Harbors Partnership World initiative". A run of capitalised words
// that an article opens and a lower-case agreement head closes, with or
// without its acronym between them, is the agreement's name; the head
// says what kind of thing it is and stays out of the name. The run must
// be a name of its own: no state, demonym, body or person the gazetteer
// knows ("the U.S. agreement", "the European Union deal"), no month or
// day ("the June agreement"), and no head of a body's name ("the Defense
// Ministry agreement"). Quotation marks around the run make it a name
// whatever words it holds: "the “Chile Avanza Seguro” initiative". A
// single capitalised word after "the" names the agreement together with
// its head ("the Tarapoto initiative", "the Velden accords").

// capNamedAgreementHeads close a proper name as an agreement's.
var capNamedAgreementHeads = lexWords.set("capNamedAgreementHeads")

// capNamedAgreementCands finds agreements named by a capitalised run
// before a lower-case head.
func (d *doc) capNamedAgreementCands(out []*mention) []*mention {
	for i := 1; i < len(d.toks); i++ {
		t := d.toks[i]
		if t.kind != tWord || t.cap || !capNamedAgreementHeads[t.key] || d.inQuote[i] {
			continue
		}
		if s, e := d.quotedNameBefore(i); e > s {
			out = append(out, &mention{s: s, e: e, typ: schema.Agreement, name: d.surface(s, e), prio: 2})
			continue
		}
		e := i // the run ends before the head, or before "(ACR)"
		if i >= 3 && d.toks[i-1].key == ")" && d.toks[i-3].key == "(" && d.toks[i-2].upper && d.toks[i-2].letters >= 2 {
			e = i - 3
		}
		s := e
		for s > 0 && d.capWord(s-1) && !d.toks[s].brk && d.toks[s-1].sent == t.sent && e-s < 8 {
			s--
		}
		if e-s == 1 && e == i && s > 0 && d.toks[s-1].key == "the" && !d.toks[s].brk && !d.titlecase[t.para] && d.properAgreementRun(s, e) {
			// "the Tarapoto initiative": one word names it only with its head
			out = append(out, &mention{s: s, e: i + 1, typ: schema.Agreement, name: d.surface(s, i+1), prio: 2})
			continue
		}
		if e-s < 2 || s == 0 || d.toks[s].brk || d.titlecase[t.para] {
			continue
		}
		if det := d.toks[s-1].key; det != "a" && det != "an" && det != "the" {
			continue
		}
		if !d.properAgreementRun(s, e) {
			continue
		}
		out = append(out, &mention{s: s, e: e, typ: schema.Agreement, name: d.surface(s, e), prio: 2})
	}
	return out
}

// properAgreementRun reports whether the capitalised words [s, e) can be
// an agreement's own name: none is a known name, a calendar word, a given
// name or a body's head, and the last is no title.
func (d *doc) properAgreementRun(s, e int) bool {
	for k := s; k < e; k++ {
		key := d.toks[k].key
		if ps, n := d.g.lookup(d.toks, k); n > 0 && len(ps) > 0 {
			return false
		}
		if calendarWords[key] || d.g.given[key] != 0 || titleHeads[key] {
			return false
		}
		if _, ok := d.orgHeadType(k); ok {
			return false
		}
	}
	return true
}

// quotedNameBefore returns the words [s, e) of a quoted name of two words
// or more that the article opens just before the head at i ("the “Chile
// Avanza Seguro” initiative"): capitalised words and the particles of a
// name, the first capitalised; e == s when there is none.
func (d *doc) quotedNameBefore(i int) (int, int) {
	c := i - 1
	if c < 3 || d.toks[c].kind != tQuote || d.toks[c].q == 'o' {
		return 0, 0
	}
	o := c - 1
	for o > 0 && o > c-9 && d.toks[o].kind != tQuote && (d.capWord(o) || particles[d.toks[o].key]) {
		o--
	}
	if o == 0 || d.toks[o].kind != tQuote || d.toks[o].q == 'c' || c-o < 3 || !d.capWord(o+1) || d.toks[o].sent != d.toks[i].sent {
		return 0, 0
	}
	if det := d.toks[o-1].key; det != "a" && det != "an" && det != "the" {
		return 0, 0
	}
	return o + 1, c
}

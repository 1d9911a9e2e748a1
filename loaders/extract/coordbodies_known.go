package extract

import "github.com/newsgraph/newsgraph/schema"

// A body the gazetteer knows by a name of two words or more, after "and"
// inside another body's capitalised name, is a second body: "the Office of
// Terrorism and Financial Intelligence and IRS Criminal Investigation" names
// the office and IRS Criminal Investigation.

// knownBodyAt reports whether a name the gazetteer lists for an agency,
// an organisation or a group, of two or more words, starts at token j.
func (d *doc) knownBodyAt(j int) bool {
	if j >= len(d.toks) || !d.toks[j].cap {
		return false
	}
	ps, n := d.g.lookup(d.toks, j)
	if n < 2 || len(ps) == 0 || ps[0].kind != kEntity {
		return false
	}
	switch ps[0].entry.typ {
	case schema.Agency, schema.Organization, schema.Cartel:
		return true
	}
	return false
}

// knownAcronymAt reports whether token j is a body's acronym the gazetteer
// knows, written in capitals and ending the run of capitalised words: "the
// Department of Homeland Security and ICE" names two bodies.
func (d *doc) knownAcronymAt(j int) bool {
	if j >= len(d.toks) || !d.toks[j].upper || d.toks[j].letters < 2 || j+1 < len(d.toks) && d.capWord(j+1) && !d.toks[j+1].brk {
		return false
	}
	ps, n := d.g.lookup(d.toks, j)
	if n != 1 || len(ps) == 0 || ps[0].kind != kEntity {
		return false
	}
	switch ps[0].entry.typ {
	case schema.Agency, schema.Organization, schema.Cartel:
		return true
	}
	return false
}

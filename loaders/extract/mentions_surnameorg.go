package extract

import "github.com/newsgraph/newsgraph/schema"

// surnameOrgCands finds criminal groups named by the family that runs
// them: "the Vidal-Soto organization", where the text also writes the
// name as a person's surname after a given name ("Ana Vidal-Soto").
func (d *doc) surnameOrgCands(out []*mention) []*mention {
	for i := 2; i < len(d.toks); i++ {
		if k := d.toks[i].key; k != "organization" && k != "organisation" || d.toks[i].cap || d.toks[i].brk {
			continue
		}
		s := i
		for s > 0 && s > i-5 && !d.toks[s].brk && (d.capWord(s-1) || d.hyphenInName(s-1)) {
			s--
		}
		if s == i || s == 0 || d.toks[s-1].key != "the" || d.gazCover[s] || d.titlecase[d.toks[s].para] {
			continue
		}
		if _, n := d.g.lookup(d.toks, s); n > 0 || !d.surnameElsewhere(s, i) {
			continue
		}
		out = append(out, &mention{s: s, e: i + 1, typ: schema.Cartel, name: d.surface(s, i+1), prio: 1})
	}
	return out
}

// surnameElsewhere reports whether the words [s, e) also follow a
// capitalised word elsewhere in the text, as a surname follows a given
// name ("Ana Vidal-Soto").
func (d *doc) surnameElsewhere(s, e int) bool {
	n := e - s
	for j := 1; j+n <= len(d.toks); j++ {
		if j == s || !d.capWord(j-1) || d.toks[j].brk {
			continue
		}
		if d.sameKeys(j, s, n) && (j+n == len(d.toks) || !d.capWord(j+n)) {
			return true
		}
	}
	return false
}

// sameKeys reports whether the n tokens from j have the keys of the n
// tokens from s: the same words written again elsewhere.
func (d *doc) sameKeys(j, s, n int) bool {
	for k := 0; k < n; k++ {
		if d.toks[j+k].key != d.toks[s+k].key {
			return false
		}
	}
	return true
}

package extract

// A body's complement may close on a second subject with its own article:
// "the Committee on Housing and the Coastline", "the Institute of Music
// and the Arts". The "the" is lower-case, so a reader of capitalised
// words would end the name at "and". The words after "the" continue the
// name only when they close it as a bare subject: no body's head, no name
// the gazetteer knows, no person, and nothing after them that opens
// another name ("… and the Ministry of X", "… and the Navy" stay apart),
// and no lone acronym ("… and the NNP" names a second body).

// maxAndTheWords is how many capitalised words a subject after "and the"
// may hold.
const maxAndTheWords = 3

// andTheSubject reports whether "and the" at token j, inside the
// complement of a body's name, joins a second subject to that name (see
// above); it is false for a list of two bodies.
func (d *doc) andTheSubject(j int) bool {
	if j < 1 || j+2 >= len(d.toks) || d.toks[j].key != "and" || d.toks[j+1].key != "the" || d.toks[j+1].cap ||
		d.toks[j+1].brk || d.toks[j+2].brk || !d.capWord(j-1) || !d.capWord(j+2) {
		return false
	}
	if bodyHeads[d.toks[j-1].key] || agencyHeads[d.toks[j-1].key] || orgHeads[d.toks[j-1].key] {
		return false // "the Office of X and the …": the head closed one body
	}
	sent := d.toks[j].sent
	k := j + 2
	for ; k < len(d.toks) && d.capWord(k) && !d.toks[k].brk && d.toks[k].sent == sent; k++ {
		key := d.toks[k].key
		if k-(j+2) >= maxAndTheWords || agencyHeads[key] || orgHeads[key] || companyHeads[key] || cartelHeads[key] ||
			titleHeads[key] || d.g.given[key] != 0 {
			return false
		}
		if ps, n := d.g.lookup(d.toks, k); n > 0 && len(ps) > 0 && ps[0].kind == kEntity {
			return false // "… and the Navy": a body the gazetteer knows
		}
	}
	if k == j+3 && d.toks[j+2].upper && d.toks[j+2].letters >= 2 {
		return false // "… and the NNP": a lone acronym after "the" names a body, no subject
	}
	if k < len(d.toks) && !d.toks[k].brk {
		switch d.toks[k].key {
		case "of", "for", "'s", "’s", "-", "&":
			return false // "… and the Bureau of …": more name opens another body
		}
	}
	return true
}

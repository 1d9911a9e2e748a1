package extract

import "github.com/newsgraph/newsgraph/schema"

// A diplomatic post abroad is named by its seat, written after it: "the
// U.S. Embassy in Lima", "the Consulate General in Monterrey", or, in a
// post's own house style, the seat set straight after the capitalised
// head with no preposition: "U.S. Embassy Port-au-Prince", "Embassy
// Freedonia". The seat is part of the post's name; without it the name is
// cut short.

// postSeatAfter reads the seat of a post whose kind phrase ends before
// token e (the head "Embassy" or "Consulate" at e-1). It returns the
// canonical tail of the post's name (" in Lima", " General in Monterrey")
// and the token after the seat, or "" when no seat follows.
//
// After "in" any capitalised place is a seat. Set straight after the head,
// only a place the gazetteer knows (a state or a seat of government) is:
// "U.S. Embassy Spokesperson" and "U.S. Embassy Law Enforcement" name
// someone or something of the post, not where it stands; the head must be
// capitalised, as a name's words are, and the place must end the name.
func (d *doc) postSeatAfter(e int) (string, int) {
	if e <= 0 || e >= len(d.toks) {
		return "", e
	}
	tail := ""
	j := e
	if d.toks[j].key == "general" && d.toks[j].cap && d.toks[e-1].key == "consulate" && j+1 < len(d.toks) && d.toks[j+1].key == "in" {
		tail = " General" // "Consulate General in Tijuana"
		j++
	}
	if j+1 < len(d.toks) && d.toks[j].key == "in" && !d.toks[j+1].brk {
		if c, n := d.placeAt(j + 1); c != "" {
			return tail + " in " + c, j + 1 + n
		}
		return "", e
	}
	if tail != "" || !d.toks[e-1].cap || d.toks[j].brk || !d.toks[j].cap || d.toks[j].sent != d.toks[e-1].sent {
		return "", e
	}
	c, n := d.knownPlaceAt(j)
	if c == "" || j+n < len(d.toks) && d.capWord(j+n) && !d.toks[j+n].brk {
		return "", e
	}
	return " in " + c, j + n
}

// knownPlaceAt is the state or seat of government the gazetteer knows at
// token i ("Haiti", "Santo Domingo") and its length in tokens, or "".
func (d *doc) knownPlaceAt(i int) (string, int) {
	ps, n := d.g.lookup(d.toks, i)
	for _, p := range ps {
		if p.kind == kEntity && p.entry.typ == schema.Government {
			return p.entry.country, n
		}
		if p.kind == kMetonym {
			return d.surface(i, i+n), n
		}
	}
	return "", 0
}

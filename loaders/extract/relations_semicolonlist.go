// Lists of groups whose items carry their other name: "A, known as X; B,
// or Y; and C, or Z". An item's alias after a comma is no new item, and a
// writer whose items hold commas separates them with semicolons.

package extract

// aliasAppositionEnd returns the token after the other name of the actor
// whose mention ends at token k, written after a comma ("A, known as X",
// "A, also known as X", "A, or X", "A, aka X"): that name must be a
// mention of the same entity, or an acronym named by no other mention.
// It returns k when no such name follows.
func (d *doc) aliasAppositionEnd(k, sent int, prev *entity) int {
	if prev == nil || k+2 >= len(d.toks) || d.toks[k].key != "," {
		return k
	}
	j := k + 1
	if d.toks[j].key == "or" {
		j++
	} else if n := d.phraseAt(j, akaMarkers); n > 0 {
		j += n
	} else {
		return k
	}
	if j < len(d.toks) && d.toks[j].key == "the" {
		j++
	}
	if j >= len(d.toks) || d.toks[j].sent != sent {
		return k
	}
	if a := d.mentionAt(j); a != nil {
		if a.s != j || a.ent != prev {
			return k
		}
		return a.e
	}
	if t := d.toks[j]; t.kind == tWord && t.upper && t.letters >= 2 && j+1 < len(d.toks) &&
		(d.toks[j+1].key == ";" || d.toks[j+1].key == "," || d.toks[j+1].key == ".") {
		return j + 1 // an acronym the text coins: "A, known as XYZ;"
	}
	return k
}

// semicolonListSep reports whether token j is a semicolon separating the
// items of a list that ends "; and C" (each item within 30 tokens of the
// semicolon before it): only there does a semicolon join
// actors rather than end a clause. Its caller asks only after an item that
// holds a comma (an alias, an apposition): a bare "A; and B met C" joins
// clauses.
func (d *doc) semicolonListSep(j, sent int) bool {
	if d.toks[j].key != ";" {
		return false
	}
	for k, last := j, j; k+1 < len(d.toks) && d.toks[k].sent == sent && k < last+30; k++ {
		if d.toks[k].key != ";" {
			continue
		}
		if d.toks[k+1].key == "and" {
			return true
		}
		last = k // a long list: each item within reach of the one before
	}
	return false
}

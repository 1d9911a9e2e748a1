package extract

// articles make the cue word after them a noun: "an ambush", "the attack".
var articles = set("a", "an", "the")

// objectAfter returns where the object is read after the verb at v whose
// cue ends at end, for a verb that takes a thing first and its object
// after word ("blame much of the extortion on X"): after word when a short
// phrase naming no one comes between, else end.
func (d *doc) objectAfter(v, end int, word string) int {
	for k := end; k < len(d.toks) && k < end+8 && d.toks[k].sent == d.toks[v].sent; k++ {
		t := d.toks[k]
		if t.key == word {
			return k + 1
		}
		if t.kind != tWord || t.cap || d.mentionAt(k) != nil {
			return end
		}
	}
	return end
}

// namedAt reports whether an actor is named at token k of sentence sent,
// over "the".
func (d *doc) namedAt(k, sent int) bool {
	m := d.mentionFrom(k)
	return m != nil && m.ent != nil && d.toks[m.s].sent == sent
}

// stepNouns, said of a thing after a copula ("the vote is a step"),
// govern an infinitive that states the thing's purpose.
var stepNouns = set("step", "steps", "milestone", "move")

// stepPredicate reports whether the infinitive whose "to" is at token to
// is governed by a step noun that a copula predicates of the subject
// ("is an important step to help Y"), over an article and adjectives.
func (d *doc) stepPredicate(to int) bool {
	j := to - 1
	if j < 0 || !stepNouns[d.toks[j].key] {
		return false
	}
	sent := d.toks[to].sent
	for k := j - 1; k >= 0 && k >= j-4 && d.toks[k].sent == sent; k-- {
		t := d.toks[k]
		if beForms[t.key] {
			return true
		}
		if t.kind != tWord || t.cap || d.mentionAt(k) != nil {
			return false
		}
	}
	return false
}

// A name set off by ", one of the … N" with N a plural noun for people:
// "X, one of the largest producers of synthetic drugs", "X, one of the
// most wanted, feared and violent drug traffickers in the world".

package extract

// oneOfPeople are the plural nouns for people of the apposition (a list
// of data/lexicon/words.tsv).
var oneOfPeople = lexWords.set("oneOfPeople")

// oneOfApposition reports whether the name ending before token e is
// followed by ", one of the" (or a possessor's "'s") and a phrase whose head, before any "of",
// "in" or the end of the clause, is a plural noun for people: the name is
// one of those people. A body's name takes "one of the largest
// organizations", a place's "one of the busiest ports".
func (d *doc) oneOfApposition(e int) bool {
	if e+4 >= len(d.toks) || d.toks[e].key != "," || d.toks[e+1].key != "one" || d.toks[e+2].key != "of" {
		return false
	}
	from := e + 4
	if d.toks[e+3].key != "the" {
		// "one of Guatemala's most wanted traffickers": a possessor for "the"
		if from+1 >= len(d.toks) || !d.toks[e+3].cap || d.toks[e+4].key != "'s" {
			return false
		}
		from++
	}
	sent := d.toks[e].sent
	for j := from; j < len(d.toks) && j < e+14 && d.toks[j].sent == sent; j++ {
		t := d.toks[j]
		if oneOfPeople[t.key] {
			return true
		}
		switch {
		case t.kind == tWord && t.key != "of" && t.key != "in" && t.key != "for" && t.key != "who" && t.key != "that":
		case t.key == "," || t.key == "-" || t.key == "'s":
		default:
			return false
		}
	}
	return false
}

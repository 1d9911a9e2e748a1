// A body named only by the word before its people: "DIPROM officers
// detained X", "claimed Polimaracay officers detained Y", "by FEP agents".
// Report prose names a state's units so, by an acronym or a one-word name
// the gazetteer does not know.

package extract

import "github.com/newsgraph/newsgraph/schema"

// forcePeople are the plural nouns for a body's armed or sworn people (a
// list of data/lexicon/words.tsv).
var forcePeople = lexWords.set("forcePeople")

// forceNounCands finds a body named by one word right before one of its
// people's nouns: an acronym of two to six capital letters, or a
// capitalised word inside the sentence that is no given name and that the
// text never writes in lower case; neither may be a name the gazetteer
// knows, a word of a longer capitalised name, a word naming a field of
// work ("Customs officers") or a short name the text gives a body it names
// in full (bodyAcronyms).
func (d *doc) forceNounCands(out []*mention) []*mention {
	var expanded map[string]bool
	for i := 1; i+1 < len(d.toks); i++ {
		t, next, prev := d.toks[i], d.toks[i+1], d.toks[i-1]
		if !forcePeople[next.key] || next.sent != t.sent || t.kind != tWord || !t.cap || next.brk || d.titlecase[t.para] || d.gazCover[i] {
			continue
		}
		if prev.sent == t.sent && (prev.cap && prev.kind == tWord || prev.key == "'" || prev.key == "-") {
			continue // "Baltimore ERO officers", "ICE's": a longer name, or a possessor
		}
		if ps, n := d.g.lookup(d.toks, i); n > 0 && len(ps) > 0 {
			continue
		}
		acronym := t.upper && t.letters >= 2 && t.letters <= 6 && t.letters == len(t.key)
		word := !t.upper && prev.sent == t.sent && d.g.given[t.key] == 0 && !d.writtenLower(t.key) && t.letters >= 4 &&
			!functionAdjective(t.key) && !departmentFunctions[t.key]
		if !acronym && !word {
			continue
		}
		if expanded == nil {
			expanded = d.bodyAcronyms()
		}
		if expanded[t.key] {
			continue // "National Civil Police (PNC) … 38 PNC officers": the body's own short name (backaliases.go)
		}
		out = append(out, &mention{s: i, e: i + 1, typ: schema.Agency, name: d.surface(i, i+1), prio: 1})
	}
	return out
}

// bodyAcronyms are the words the text writes in parentheses right after
// a body's head word: "National Civil Police (PNC)", "Special Reaction
// Force (FES)".
func (d *doc) bodyAcronyms() map[string]bool {
	out := map[string]bool{}
	for k := 1; k+2 < len(d.toks); k++ {
		if d.toks[k].key == "(" && d.toks[k+2].key == ")" && d.toks[k-1].cap && (agencyHeads[d.toks[k-1].key] || orgHeads[d.toks[k-1].key] || d.toks[k-1].key == "force") {
			out[d.toks[k+1].key] = true
		}
	}
	return out
}

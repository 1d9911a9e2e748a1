// A country's administrative region named "<Name> Department" ("the
// Quilombe Department", "Tarapal, Quilombe Department"): a place, no body.

package extract

import "strings"

// departmentFunctions name a department by its work (a list of
// data/lexicon/words.tsv).
var departmentFunctions = lexWords.set("departmentFunctions")

// regionDepartment reports whether the name [s, e) whose head at i is
// "Department", with one word before it and no complement after, names a
// region: the word is a compass point, or a proper name (never written in
// lower case in the text, no known name, no adjective of a field of work:
// "Agricultural Department") that names no department's work.
func (d *doc) regionDepartment(s, e, i int) bool {
	if d.toks[i].key != "department" || e != i+1 || s >= i || s < i-3 {
		return false
	}
	if d.knownPlaceSpan(s, i) {
		return true // "in Montero, Riverina Department", the gazetteer's place: a region
	}
	if s < i-1 {
		return d.placeOpenedSpan(s, i) // "San Lorenzo Department", "La Vega Department"
	}
	w := d.toks[s]
	if compassWords[w.key] || w.key == "central" || w.key == "centre" {
		return true
	}
	if departmentFunctions[w.key] || d.writtenLower(w.key) || w.upper || functionAdjective(w.key) {
		return false
	}
	ps, n := d.g.lookup(d.toks, s)
	return n == 0 || len(ps) == 0
}

// functionAdjective reports whether key has an adjective's ending that
// names a field of work ("agricultural", "judicial", "economic",
// "military").
func functionAdjective(key string) bool {
	for _, suf := range []string{"al", "ic", "ary", "ive"} {
		if strings.HasSuffix(key, suf) {
			return true
		}
	}
	return false
}

// placeOpeners open a Spanish or Portuguese place's name of several words
// (a list of data/lexicon/words.tsv): "San Lorenzo", "La Vega".
var placeOpeners = lexWords.set("placeOpeners")

// knownPlaceSpan reports whether the words [s, e) are exactly a place or a
// capital the gazetteer knows (a region, city or province, not an entity).
func (d *doc) knownPlaceSpan(s, e int) bool {
	ps, n := d.g.lookup(d.toks, s)
	if n != e-s || len(ps) == 0 {
		return false
	}
	for _, p := range ps {
		if p.kind != kIgnore && p.kind != kMetonym {
			return false
		}
	}
	return true
}

// placeOpenedSpan reports whether the words [s, e), two or three, are a
// place's name: a placeOpeners word, then proper names the text never
// writes in lower case and the gazetteer does not know.
func (d *doc) placeOpenedSpan(s, e int) bool {
	if !placeOpeners[d.toks[s].key] {
		return false
	}
	for k := s + 1; k < e; k++ {
		w := d.toks[k]
		if !w.cap || w.upper || departmentFunctions[w.key] || d.writtenLower(w.key) || functionAdjective(w.key) {
			return false
		}
		if ps, n := d.g.lookup(d.toks, k); n > 0 && len(ps) > 0 {
			return false
		}
	}
	return true
}

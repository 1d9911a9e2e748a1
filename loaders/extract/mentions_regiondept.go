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
	if d.toks[i].key != "department" || e != i+1 || s != i-1 {
		return false
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

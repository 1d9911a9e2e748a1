package extract

import "strings"

// A bare verb after "and" that closes an infinitive phrase is a second
// infinitive of the same "to": in "our efforts to counter trafficking
// worldwide and work with Mexico" the work is governed as the countering
// is, and in "plans to visit Lima and meet with X" the meeting is planned.

// baseForm reports whether word w is no past or third-person form: not
// "-ed", "-s", or a past form of the relation lexicon.
func baseForm(w string) bool {
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") {
		return false
	}
	for _, c := range relCues[w] {
		if c.past {
			return false
		}
	}
	return true
}

// infinitiveBeforeAnd returns the "to" of an infinitive phrase that the
// "and" right before the verb at v closes: lower-case words only between
// them (two to eight, no name, mark or other "to"), the first a verb
// candidate, and the verb at v a base form; or -1.
func (d *doc) infinitiveBeforeAnd(v int) int {
	a := v - 1
	if a < 3 || d.toks[a].key != "and" || d.toks[a].sent != d.toks[v].sent || !baseForm(d.toks[v].key) {
		return -1 // "went to discuss security and signed the pact": a past verb is the sentence's own
	}
	for k := a - 1; k >= 0 && k >= a-9 && d.toks[k].sent == d.toks[v].sent; k-- {
		t := d.toks[k]
		if t.key == "to" {
			if k >= a-2 || k+1 >= a {
				return -1 // "to identify and disrupt": the one-word case verbGroup reads itself
			}
			if n := d.toks[k+1]; n.kind != tWord || n.cap || d.mentionAt(k+1) != nil || funcWords[n.key] {
				return -1
			}
			return k
		}
		if t.kind != tWord || t.cap || d.mentionAt(k) != nil || relAux[t.key] || relNegs[t.key] {
			return -1
		}
	}
	return -1
}

// A progressive verb whose object is a titled name: "the United States is
// designating Attorney General Ana Vik", not the adjective of a title
// ("X, commanding general of Y").

package extract

// progressiveTitledObject reports whether the -ing cue at v follows a form
// of "be" (an adverb between: "is also designating") and a person is named
// in the title run after it: the verb of a progressive clause whose object
// is that titled person.
func (d *doc) progressiveTitledObject(v int) bool {
	k := v - 1
	if k > 0 && d.toks[k].kind == tWord && !d.toks[k].cap && (d.toks[k].key == "also" || d.toks[k].key == "publicly") {
		k--
	}
	if k < 0 || d.toks[k].sent != d.toks[v].sent || !beForms[d.toks[k].key] {
		return false
	}
	return d.personAfter(v+1, d.toks[v].sent) != nil
}

// A lone capitalised word the text also writes in lower case is an
// ordinary word at the start of a sentence or in a capitalised phrase
// ("Further, the President has determined …", "the right to say Mass",
// "Article II"), not a surname: a person's surname is written with its
// capital wherever it stands.

package extract

// commonWordCap reports whether the capitalised word at token s is one
// the text writes in lower case elsewhere and no given name.
func (d *doc) commonWordCap(s int) bool {
	key := d.toks[s].key
	return d.g.given[key] == 0 && (d.writtenLower(key) || d.pluralLowerAfterHyphen(s))
}

// pluralLowerAfterHyphen reports whether the word at token s closes a
// hyphened compound's phrase ("Conflict-related Abuse", "Gang-related
// Killing") and the text writes its plural in lower case: a report's
// heading, whose hyphen cuts the capitalised run short, not a surname.
func (d *doc) pluralLowerAfterHyphen(s int) bool {
	if s < 2 || d.toks[s-2].key != "-" || d.toks[s-1].cap {
		return false
	}
	return d.writtenLower(d.toks[s].key + "s")
}

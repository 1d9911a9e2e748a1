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
	return d.g.given[key] == 0 && d.writtenLower(key)
}

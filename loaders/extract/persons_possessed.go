package extract

// A headline capitalises every word, so a possessed noun after a word
// that can be a title reads like a title and a surname: "Mayor Misused His
// Official Car", "Minister Praises Her Chief Aide". A title with a
// possessive pronoun before it is a common noun phrase there: a person's
// title is not "his". A capitalised "His" inside a sentence marks such
// headline case, also in a subheadline too long to be read as a headline.

// possessedHeadlineNoun reports whether the one-word name run r follows a
// title that starts at token ts right after a possessive pronoun in
// headline case: capitalised, not opening its sentence.
func (d *doc) possessedHeadlineNoun(ts int, r nameRun) bool {
	if r.e-r.s != 1 || ts <= 1 {
		return false
	}
	p := d.toks[ts-1]
	return possessives[p.key] && p.cap && p.sent == d.toks[r.s].sent && d.toks[ts-2].sent == p.sent && !p.brk
}

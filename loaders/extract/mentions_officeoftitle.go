// Offices named after the post that heads them: "the Office of the Auditor
// General", "the Office of the Military Prosecutor", "the Office of the
// Prime Minister". The post's title closes the body's name unless a
// person's name follows it ("the Office of the Attorney General Ana Ruiz
// heads"): then the title is that person's.

package extract

// nameAfterTitle reports whether the run of title words from token j
// ("Auditor General", "Special Prosecutor") may be a person's title: it
// is not when it follows "of the" and a verb, a comma or a full stop
// follows it on its line ("the Office of the Auditor General found"); a
// run closing a line is left to the masthead's readers, one a possessive
// or a preposition follows runs on.
func (d *doc) nameAfterTitle(j int) bool {
	k := j
	for k < len(d.toks) && (k == j || !d.toks[k].brk) && d.toks[k].sent == d.toks[j].sent && d.toks[k].cap &&
		(titleHeads[d.toks[k].key] || titleMods[d.toks[k].key] || d.toks[k].key == "general") {
		k++
	}
	if k == j || k >= len(d.toks) || d.toks[k].brk || d.capWord(k) || j < 2 || d.toks[j-1].key != "the" || d.toks[j-2].key != "of" {
		return true
	}
	switch d.toks[k].key {
	case "'s", "of", "for", "on", "in", "to", "and", "-", "(":
		return true // "… of the Prosecutor General's Office", "… of the Assistant Secretary for X": the title runs on
	}
	return false
}

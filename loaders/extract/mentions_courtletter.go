package extract

// Specialised courts sitting in several chambers are told apart by a
// capital letter after their head noun: "High-Risk Court B", "Sentencing
// Tribunal A". The letter is part of the court's name.

// letteredCourtHeads are the head nouns of courts that take a letter.
var letteredCourtHeads = set("court", "tribunal", "chamber")

// courtLetter reports whether token e, right after the capitalised court
// head at i, is the court's letter: one upper-case letter in the same
// sentence, not the pronoun "I", with no capitalised word or period
// abbreviation glued after it.
func (d *doc) courtLetter(i, e int) bool {
	t := d.toks[i]
	if !t.cap || !letteredCourtHeads[t.key] || e >= len(d.toks) || d.toks[e].brk || d.toks[e].sent != t.sent {
		return false
	}
	l := d.toks[e]
	if l.kind != tWord || !l.upper || l.letters != 1 || len(l.key) != 1 || l.key == "i" || !l.space {
		return false
	}
	if e+1 < len(d.toks) && d.toks[e+1].sent == t.sent && !d.toks[e+1].brk {
		n := d.toks[e+1]
		if n.key == "." || n.key == "-" || n.key == "&" || (n.kind == tWord && n.cap) {
			return false // "Court A. Ruiz", "Court A-1", "Court A Street"
		}
	}
	return true
}

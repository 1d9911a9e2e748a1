package extract

// restartPreps open the phrase a speaker restarts with after breaking off
// at a dash: "to continue to support — for the victory of X to be
// acknowledged", "to assist — in assistance to Y".
var restartPreps = set("for", "in", "to", "with", "on", "at", "by", "of")

// restartAfter reports whether the verb cue ending before token end is
// broken off: a dash right after it, a preposition after the dash, and no
// dash closing an insertion later in the sentence. Spoken copy restarts
// so; what follows is no object of the verb.
func (d *doc) restartAfter(end int) bool {
	if end >= len(d.toks) || !d.isDash(end) {
		return false
	}
	sent := d.toks[end].sent
	n := end + 1
	for n < len(d.toks) && d.toks[n].key == "-" && d.isDash(n) {
		n++ // "--"
	}
	if n >= len(d.toks) || d.toks[n].sent != sent || !restartPreps[d.toks[n].key] {
		return false
	}
	for k := n + 1; k < len(d.toks) && d.toks[k].sent == sent; k++ {
		if d.isDash(k) {
			return false // "backed — in part — by X": an insertion
		}
	}
	return true
}

package extract

// topicNouns after a body's head make the capitals a field of work, not a
// body: "Institution Building", "Agency Reform", "Service Strengthening".
var topicNouns = set("building", "reform", "reforms", "strengthening", "development", "modernization", "modernisation")

// topicAfterHead reports whether the last word of a body's name, at i, is
// followed in its run of capitals (within three words) by a capitalised
// noun of a field of work ("Defense Sector Institution Building"): the words name the field.
func (d *doc) topicAfterHead(i int) bool {
	k := i + 1
	if k >= len(d.toks) || d.toks[k].brk || d.toks[k].sent != d.toks[i].sent || !d.toks[k].cap || d.toks[k].kind != tWord {
		return false
	}
	for ; k < len(d.toks) && k <= i+3 && !d.toks[k].brk && d.toks[k].sent == d.toks[i].sent && d.toks[k].cap && d.toks[k].kind == tWord; k++ {
		if topicNouns[d.toks[k].key] {
			return true
		}
	}
	return false
}
